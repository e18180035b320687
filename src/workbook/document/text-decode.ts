/**
 * The text of a .txt or .md file: UTF-8 (with or without a byte order mark), UTF-16 with its mark, or — what a
 * Chinese Windows machine writes by default — GBK, read as GB18030 (its superset) when the bytes are not valid
 * UTF-8. TextDecoder does the work, in the browser as in Node.
 */

/** The encodings told apart. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean =>
  b.length >= sig.length && sig.every((v, i) => b[i] === v);

/** Control characters or undecodable bytes a text may hold (a stray Ctrl-Z at the end of an old DOS file), and
 *  the share of all characters beyond which the bytes count as binary. */
const BINARY_FEW = 3;
const BINARY_SHARE = 0.01;

/**
 * Decodes the bytes of a text file; null when they are no text (a NUL byte outside UTF-16, or more than a few control
 * characters or undecodable bytes, and more than 1% of all: a binary file, random bytes).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  let encoding: TextEncoding;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = "utf-8";
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = "utf-16le";
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = "utf-16be";
    body = bytes.subarray(2);
  } else {
    if (bytes.includes(0)) return null;
    try {
      return checked(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8");
    } catch {
      encoding = "gb18030";
    }
  }
  return checked(new TextDecoder(encoding).decode(body), encoding);
}

function checked(text: string, encoding: TextEncoding): { text: string; encoding: TextEncoding } | null {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) bad++;
  }
  if (bad > BINARY_FEW && bad > text.length * BINARY_SHARE) return null;
  return { text, encoding };
}
