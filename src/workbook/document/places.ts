/**
 * Where each row of a document's snapshot came from, so that a finding at a cell can be told as a reader of the
 * document finds it: ("自评报告", row 11) → “第11段（第3页）：“……资产负债率为 22.25%……””.
 */

/** The origin of one row of a sheet read from a document. */
export interface DocumentPlace {
  readonly sheet: string;
  readonly row: number;
  /**
   * The paragraph's number in the document, counting its non-empty paragraphs from 1 as a reader would (tables
   * not counted). For a row of a table: the number of the paragraph the table follows (0 when the document
   * opens with it).
   */
  readonly paragraph: number;
  /** The page where the paragraph starts (PDF); null where the file has no pages (.docx, .txt, .md). */
  readonly page: number | null;
  /** The paragraph as written; for a table row, its cells' texts separated by tabs. */
  readonly text: string;
  /** For a row of a table: the table's number in the document (1-based) and the row's number in that table. */
  readonly table: { readonly number: number; readonly row: number } | null;
}

/** Where a sentence ends: 。！？； (and their half-width forms but the full stop), or a line break. */
const SENTENCE_END = /[。！？；!?;]/;
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = /[”’」』）)】》〉"']/;

/** The sentences of a paragraph, as [start, end) offsets; each keeps its end mark and the closers after it. */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n" || c === "\r") {
      if (i > start) spans.push([start, i]);
      start = i + 1;
    } else if (SENTENCE_END.test(c)) {
      let end = i + 1;
      while (end < text.length && (SENTENCE_END.test(text[end]!) || CLOSERS.test(text[end]!))) end++;
      spans.push([start, end]);
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** Whether `text[start, end)` is a whole figure there: a figure that starts or ends with a digit is not part of a
 *  longer number ("6" is not in "36,353.37", "22.2" not in "22.25"). */
function wholeAt(text: string, start: number, end: number): boolean {
  const digit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
  if (digit(text[start])) {
    if (digit(text[start - 1])) return false;
    if ((text[start - 1] === "." || text[start - 1] === ",") && digit(text[start - 2])) return false;
  }
  if (digit(text[end - 1])) {
    if (digit(text[end])) return false;
    if ((text[end] === "." || text[end] === ",") && digit(text[end + 1])) return false;
  }
  return true;
}

/** Where `figure` stands in `text` as a whole figure: exactly, or else with spaces ignored on both sides (PDF text
 *  may space a figure from its unit). Returns its start and end, or null. */
export function findFigure(text: string, figure: string): [number, number] | null {
  for (let at = text.indexOf(figure); at >= 0 && figure !== ""; at = text.indexOf(figure, at + 1))
    if (wholeAt(text, at, at + figure.length)) return [at, at + figure.length];
  const needle = figure.replace(/\s+/g, "");
  if (needle === "") return null;
  const positions: number[] = [];
  let compact = "";
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    compact += text[i];
    positions.push(i);
  }
  for (let at = compact.indexOf(needle); at >= 0; at = compact.indexOf(needle, at + 1))
    if (wholeAt(compact, at, at + needle.length)) return [positions[at]!, positions[at + needle.length - 1]! + 1];
  return null;
}

/**
 * The sentence of `text` that contains `figure` (sentences end at 。！？；), trimmed; the whole paragraph, trimmed,
 * when no figure is given; null when the figure is not in the paragraph.
 */
export function sentenceOf(text: string, figure?: string): string | null {
  if (figure === undefined) return text.trim();
  const found = findFigure(text, figure);
  if (!found) return null;
  for (const [start, end] of sentenceSpans(text))
    if (found[0] >= start && found[0] < end) {
      // A figure that runs past its sentence's end (it holds a 。) takes the sentences it covers.
      let stop = end;
      for (const [s, e] of sentenceSpans(text)) if (s < found[1] && e > stop) stop = e;
      return text.slice(start, stop).trim();
    }
  return text.trim();
}

/** The longest quote a finding carries, in characters: a sentence, not a page. */
const QUOTE_MAX = 120;

/** A long quote shortened around the figure, with “……” where it is cut. */
function shorten(text: string, figure: string | undefined, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const at = figure === undefined ? null : findFigure(text, figure);
  if (!at) return `${chars.slice(0, max).join("")}……`;
  const figureStart = [...text.slice(0, at[0])].length;
  const figureLength = [...text.slice(at[0], at[1])].length;
  let from = Math.max(0, figureStart - Math.floor((max - figureLength) / 2));
  const to = Math.min(chars.length, from + max);
  from = Math.max(0, to - max);
  return `${from > 0 ? "……" : ""}${chars.slice(from, to).join("")}${to < chars.length ? "……" : ""}`;
}

/** The places of every row of a document's sheets, with the helpers that tell a finding's place in words. */
export class DocumentPlaces {
  private readonly index = new Map<string, DocumentPlace>();

  constructor(
    /** The report sheet's name ("自评报告" or "评价报告"). */
    readonly reportSheet: string,
    /** Every row's place: the report sheet's in order, then each table sheet's. */
    readonly list: readonly DocumentPlace[],
  ) {
    for (const p of list) this.index.set(`${p.sheet}\u0000${p.row}`, p);
  }

  /** The place of a row of a sheet; null for a row that holds nothing or a sheet the document does not have. */
  placeOf(sheet: string, row: number): DocumentPlace | null {
    return this.index.get(`${sheet}\u0000${row}`) ?? null;
  }

  /**
   * The sentence of the row's paragraph that holds `text` (a figure as the finding quotes it: "22.25%"), or the
   * whole paragraph without `text`; null when the row has no place or the text is not in it.
   */
  quote(sheet: string, row: number, text?: string): string | null {
    const place = this.placeOf(sheet, row);
    return place ? sentenceOf(place.text, text) : null;
  }

  /**
   * The quote for a finding at the row: the sentence holding the first of `hints` (figures and phrases of its
   * message) found in the paragraph, shortened around it to about `max` characters; the paragraph's first sentence,
   * shortened, when none is. Null for a row without a place.
   */
  quoteFor(sheet: string, row: number, hints: readonly string[], max = QUOTE_MAX): string | null {
    const place = this.placeOf(sheet, row);
    if (!place) return null;
    for (const hint of hints) {
      const said = sentenceOf(place.text, hint);
      if (said !== null) return shorten(said.replace(/\t+/g, " "), hint, max);
    }
    const first = sentenceSpans(place.text)[0];
    const opening = first ? place.text.slice(first[0], first[1]).trim() : place.text.trim();
    return shorten(opening.replace(/\t+/g, " "), undefined, max);
  }

  /**
   * The place told in words, as a reviewer points to it: “第11段（第3页）：“……””, “附件：绩效自评表第5行：“……””;
   * the quote shortened around `text` to about `max` characters. Null for a row without a place.
   */
  describe(sheet: string, row: number, text?: string, max = 80): string | null {
    const place = this.placeOf(sheet, row);
    if (!place) return null;
    const said = sentenceOf(place.text, text) ?? place.text.trim();
    const quoted = `“${shorten(said.replace(/\t+/g, " "), text, max)}”`;
    const page = place.page === null ? "" : `（第${place.page}页）`;
    if (place.table) return `${sheet}第${place.table.row}行${page}：${quoted}`;
    return `第${place.paragraph}段${page}：${quoted}`;
  }
}
