/**
 * Text from a file, made safe to print on a terminal. A cell, a sheet name or a file name can hold control
 * characters: ESC starts the sequences that move the cursor, clear the screen and change colours (a heading could
 * wipe the findings and print “全部通过” in green), CR returns to the start of the line and overwrites it, C1 codes
 * (U+0080–U+009F) are the same sequences in one character on many terminals, and the bidirectional overrides
 * (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) reorder what follows so that text reads other than it is.
 *
 * For people they are made visible: C0 codes and DEL as their control pictures (␛ ␀ ␍ ␡, U+2400–U+2421), everything
 * else as ⟨U+202E⟩. For tools, JSON escapes them as \uXXXX, which JSON.stringify does only for C0.
 */

/** C0 (but tab and line feed, allowed where a text may span lines), DEL, C1, the bidirectional controls, and the
 *  line and paragraph separators (which some terminals take as line breaks). */
const CONTROLS_IN_TEXT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, with tab and line feed too: for what must stay on one line. */
const CONTROLS_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw of the above: DEL, C1, the bidirectional controls and the separators. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function picture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, "0")}⟩`;
}

/**
 * Text that may span lines (a report, a paragraph): every control character made visible but tab and line feed;
 * a carriage return before a line feed (Windows line ends typed into a cell) is dropped.
 */
export function safeText(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(CONTROLS_IN_TEXT, picture);
}

/** Text that must stay on one line (a file name, a sheet name, a finding, a message): every control character,
 *  line breaks and tabs too, made visible. */
export function safeLine(text: string): string {
  return text.replace(CONTROLS_IN_LINE, picture);
}

/** JSON with every control character escaped as \uXXXX, so that it stays valid JSON and is safe to show. */
export function safeJson(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space);
  // Outside strings JSON has only ASCII punctuation, digits and letters, so every match is inside a string.
  return json.replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
