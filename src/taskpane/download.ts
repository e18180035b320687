/** Handing a file to the user from the pane or the preview: a download through a temporary link (Excel on the
 *  web and the desktop's WebView2 both offer it). Browser API only; no Office call. */
export async function downloadFile(fileName: string, bytes: Uint8Array, mimeType: string): Promise<void> {
  const blob = new Blob([bytes as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
