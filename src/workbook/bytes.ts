/**
 * Looking into a file's bytes before it is read as anything: a signature at its start, a name inside an OLE2
 * compound file (stored as UTF-16LE), "%PDF-" after a little junk. Used by the .xlsx reader and the document
 * reader alike; no Node API.
 */

/** Whether `data` holds `signature` at `at` (0: the file's start). */
export function startsWith(data: Uint8Array, signature: readonly number[], at = 0): boolean {
  return data.length >= at + signature.length && signature.every((b, i) => data[at + i] === b);
}

/**
 * Where `text` first stands in `data`, as ASCII (utf16 false) or UTF-16LE (utf16 true), starting before `within`
 * bytes (the whole file by default); -1 when it does not.
 */
export function indexOfText(data: Uint8Array, text: string, utf16 = false, within = data.length): number {
  const needle: number[] = [];
  for (const ch of text) {
    needle.push(ch.charCodeAt(0));
    if (utf16) needle.push(0);
  }
  const first = needle[0]!;
  const last = Math.min(data.length - needle.length, within);
  outer: for (let i = data.indexOf(first); i !== -1 && i <= last; i = data.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
