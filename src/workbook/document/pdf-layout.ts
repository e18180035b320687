/**
 * Paragraphs from the text items of a PDF's pages (pdf.js's text layer: each item a run of text at a position).
 * A PDF knows no paragraphs, only glyphs on lines; they are rebuilt as a reader sees them:
 *
 * - Lines: items on the same baseline (within 40% of their size) form a line, in x order; Chinese needs no space
 *   between items, so a space is put only where the gap is wide (a fifth of the size between Latin letters or
 *   digits, nine tenths of it next to Chinese).
 * - Furniture: page numbers (“— 3 —”, “- 3 -”, “第 3 页”, “3”, “第3页 共15页”, “3/15”) at the top or foot of a page,
 *   and running headers and footers (a line repeated at the same height on most pages) are left out.
 * - Paragraphs: a line continues the paragraph of the line before unless it starts one — it opens with a heading
 *   number (一、 （一） 1. （1） a、), it is indented past the line before (a first-line indent), it stands apart
 *   (a gap wider than the usual line pitch), its size differs, or the line before ended short of the right edge
 *   (the last line of a paragraph) — a line cut early only because the next word did not fit is not short. The
 *   same holds across a page break, so a paragraph runs on to the next page; its page is the one it starts on.
 *
 * Tables in a PDF are not rebuilt: their rows come out as lines of text.
 */
import { parseHeading } from "../../core/checks/report/headings";

/** A run of text on a page, in the page's coordinates as printed: x to the right, y down, at the baseline. */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  /** Its advance along the baseline. */
  readonly width: number;
  /** Its font size (the height of its em). */
  readonly size: number;
  /** In a tagged PDF, the paragraph (structure element) it belongs to, numbered on its page. */
  readonly block?: number;
}

export interface PdfPageText {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

export interface PdfLine {
  readonly page: number;
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
  readonly size: number;
  readonly text: string;
  /** The width of the Latin word or figure the line opens with (0 when it opens with Chinese): a line above that
   *  ends short by less than this was cut because the word did not fit. */
  readonly leadWidth: number;
  /** Where the words start after a number the line opens with, when a gap (Word's tab) sets them off: lines
   *  of a hanging indent continue there. */
  readonly hangX?: number;
  /** The paragraphs (of a tagged PDF's structure) of its first and last item, where known. */
  readonly firstBlock?: number;
  readonly lastBlock?: number;
}

export interface PdfParagraph {
  readonly text: string;
  readonly page: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2026\u2014]/;
const LATIN_END = /[A-Za-z0-9]$/;
const DIGIT_END = /[0-9]$/;
/** A line that ends a sentence, closing quotes and brackets after the mark allowed. */
const SENTENCE_END = /[。！？；：…!?;:][”’」』）)】》]*\s*$/;
const LATIN_START = /^[A-Za-z0-9]/;
const DIGIT_START = /^[0-9]/;

/** Lines of Latin words were broken at a space: joined, they get it back (not inside a figure, nor by Chinese). */
const joinsWithSpace = (before: string, after: string): boolean =>
  LATIN_END.test(before) && LATIN_START.test(after) && !(DIGIT_END.test(before) && DIGIT_START.test(after));
/**
 * What opens a line and cannot be broken: a figure or a Latin word, with the brackets before it and the brackets
 * and punctuation it carries (“〔2021〕100”, “(1)”, “36,353.37，”).
 */
const LEAD_WORD =
  /^[〔（(《“‘「『【[<]*[A-Za-z0-9](?:[A-Za-z0-9.,%‰\-/:+]|[〕）)》”’」』】\]>]+(?=[A-Za-z0-9]))*[〕）)》”’」』】\]>]*[，。、；：！？,.;:!?]?/;
/** Opening quotes and brackets, which never end a line: they go to the next with the character they open. */
const OPENING = /^[〔（(《“‘「『【[<〈]+[^\s]/u;
const FULL_WIDTH = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60\u3000-\u303f\u2018-\u201f\u2026\u2014]/;

/** The width a run of text takes at a size, about: full-width characters a size each, others 0.6 of it (a digit's
 *  width in the common fonts, an average letter's). */
const widthOf = (text: string, size: number): number => {
  let w = 0;
  for (const ch of text) w += FULL_WIDTH.test(ch) ? size : size * 0.6;
  return w;
};

// ---------------------------------------------------------------------------------------------------------
// Lines

/** The text of a line from its items in x order: a space where the gap is wide, none between Chinese runs. */
function lineText(items: readonly PdfTextItem[]): string {
  let text = "";
  let end = -Infinity;
  for (const it of items) {
    if (text !== "") {
      const gap = it.x - end;
      const before = text[text.length - 1]!;
      const after = it.str[0]!;
      const cjk = CJK.test(before) || CJK.test(after);
      const wide = cjk ? it.size * 0.9 : it.size * 0.2;
      if (gap >= wide && !/\s/.test(before) && !/\s/.test(after)) text += " ";
    }
    text += it.str;
    end = Math.max(end, it.x + it.width);
  }
  return text;
}

/** The lines of a page, top to bottom. */
export function pageLines(page: PdfPageText): PdfLine[] {
  const items = page.items
    .filter((it) => it.str.trim() !== "" && Number.isFinite(it.x) && Number.isFinite(it.y) && it.size > 0)
    .slice()
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  let current: PdfTextItem[] = [];
  let baseline = 0;
  let size = 0;
  for (const it of items) {
    if (current.length > 0 && Math.abs(it.y - baseline) <= 0.4 * Math.max(size, it.size)) {
      current.push(it);
      if (it.size > size) {
        size = it.size;
        baseline = it.y;
      }
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [it];
    baseline = it.y;
    size = it.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((g) => {
    const sorted = g.slice().sort((a, b) => a.x - b.x);
    // The size that carries most of the line's characters (a footnote mark does not make a line small).
    const bySize = new Map<number, number>();
    for (const it of sorted) bySize.set(round(it.size, 0.5), (bySize.get(round(it.size, 0.5)) ?? 0) + it.str.length);
    const lineSize = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const main = sorted.filter((it) => round(it.size, 0.5) === lineSize);
    const text = lineText(sorted);
    const first = sorted[0]!;
    const lead = LEAD_WORD.exec(text.trimStart()) ?? OPENING.exec(text.trimStart());
    const second = sorted[1];
    const hang =
      second &&
      first.str.trim().length <= 6 &&
      opensWithHeading(first.str) &&
      second.x - (first.x + first.width) >= lineSize * 0.5
        ? second.x
        : undefined;
    return {
      page: page.number,
      y: main.reduce((s, it) => s + it.y, 0) / main.length,
      x0: first.x,
      x1: maxOf(sorted.map((it) => it.x + it.width)),
      size: lineSize,
      text,
      leadWidth: lead ? widthOf(lead[0], lineSize) : 0,
      ...(hang !== undefined ? { hangX: hang } : {}),
      ...(first.block !== undefined ? { firstBlock: first.block } : {}),
      ...(sorted[sorted.length - 1]!.block !== undefined ? { lastBlock: sorted[sorted.length - 1]!.block } : {}),
    };
  });
}

const round = (v: number, step: number): number => Math.round(v / step) * step;

/** The largest and the smallest of many numbers (no spread: a long document has more lines than a call has
 *  arguments). */
const maxOf = (values: Iterable<number>): number => {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
};
const minOf = (values: Iterable<number>): number => {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
};

// ---------------------------------------------------------------------------------------------------------
// Page furniture

/** Page numbers as they are printed at the foot or top of a page. */
const PAGE_NUMBER =
  /^(?:[-—–－―~～·•\s]*\d{1,4}[-—–－―~～·•\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[-—–－―\s]*[ivxlcIVXLC]{1,6}[-—–－―\s]*)$/i;

/** Share of the page's height at its top and foot where headers, footers and page numbers stand. */
const BAND = 0.15;

/** The lines without page numbers and running headers and footers. */
export function withoutFurniture(pages: readonly PdfLine[][], heights: readonly number[]): PdfLine[][] {
  const inBand = (line: PdfLine, i: number) => {
    const h = heights[i] ?? 842;
    return line.y < h * BAND || line.y > h * (1 - BAND);
  };
  // Candidates: the first and last three lines of each page, when they stand in the band.
  const edge = (lines: readonly PdfLine[], i: number) =>
    lines.filter((l, k) => (k < 3 || k >= lines.length - 3) && inBand(l, i));
  const key = (l: PdfLine) => `${l.text.replace(/\d+/g, "#").replace(/\s+/g, "")}@${Math.round(l.y / 6)}`;
  const counts = new Map<string, number>();
  pages.forEach((lines, i) => {
    const seen = new Set<string>();
    for (const l of edge(lines, i)) seen.add(key(l));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const most = Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((lines, i) => {
    const drop = new Set<PdfLine>();
    for (const l of edge(lines, i)) {
      if (PAGE_NUMBER.test(l.text.trim())) drop.add(l);
      else if (pages.length >= 2 && (counts.get(key(l)) ?? 0) >= most) drop.add(l);
    }
    return drop.size === 0 ? lines : lines.filter((l) => !drop.has(l));
  });
}

// ---------------------------------------------------------------------------------------------------------
// Paragraphs

/** Where a page's text is: its left edge (where continuation lines start) and its right edge (where full lines
 *  end), from lines of the body size. */
interface Frame {
  readonly left: number;
  readonly right: number;
}

/**
 * The frame of lines of the body size: the smallest left edge shared by two lines (within half the size), and the
 * right edge where most long lines end — the most common right end among the lines that reach the right quarter
 * (a justified page ends its full lines on one x, a ragged one too where they are filled with Chinese; a line
 * whose closing punctuation hangs into the margin is no edge), else the top of the densest stretch one size wide
 * among those ends. Null when fewer than three lines say so.
 */
function frameOf(lines: readonly PdfLine[], size: number): Frame | null {
  const body = lines.filter((l) => Math.abs(l.size - size) <= size * 0.2);
  if (body.length < 2) return null;
  const lefts = body.map((l) => l.x0).sort((a, b) => a - b);
  const left = lefts.find((v, i) => i + 1 < lefts.length && lefts[i + 1]! - v <= size * 0.5);
  if (left === undefined) return null;
  const far = maxOf(body.map((l) => l.x1));
  const rights = body
    .map((l) => l.x1)
    .filter((x) => x >= left + (far - left) * 0.75)
    .sort((a, b) => a - b);
  // Justified lines, and ragged ones filled with characters of one width, end on one x: the most common end.
  const ends = new Map<number, number>();
  for (const x of rights) ends.set(round(x, 0.5), (ends.get(round(x, 0.5)) ?? 0) + 1);
  const [modeX, modeCount] = [...ends.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  let right = modeX;
  let most = modeCount;
  if (modeCount < 2) {
    // Else the top of the densest stretch one size wide.
    for (let i = 0, j = 0; j < rights.length; j++) {
      while (rights[j]! - rights[i]! > size) i++;
      if (j - i + 1 >= most) {
        most = j - i + 1;
        right = rights[j]!;
      }
    }
  }
  // Fewer than three lines ending together tell no edge (a page of two short lines).
  return most < 3 || right - left < size * 4 ? null : { left, right };
}

/** The usual distance between the baselines of consecutive lines of the body size. */
function pitchOf(pages: readonly PdfLine[][], size: number): number {
  const deltas: number[] = [];
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      const d = b.y - a.y;
      if (Math.abs(a.size - size) <= size * 0.2 && Math.abs(b.size - size) <= size * 0.2 && d > 0 && d < size * 3)
        deltas.push(round(d, 0.25));
    }
  if (deltas.length === 0) return size * 1.5;
  // The most common pitch, the smaller on a tie (the body's, not the space between paragraphs).
  const counts = new Map<number, number>();
  for (const d of deltas) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** A line that opens with a heading number (一、 （一） 1. （1）, also a、 A. and 第一章). */
export function opensWithHeading(text: string): boolean {
  const t = text.trimStart();
  return (
    parseHeading(t) !== null ||
    /^[a-zA-Z](?:、|[.．](?![a-zA-Z0-9]))/.test(t) ||
    /^[（(][a-zA-Z][）)]/.test(t) ||
    /^第[一二三四五六七八九十百]+[章节部分条]/.test(t)
  );
}

/** The paragraphs of the pages' lines (furniture already left out); `widths`, the pages' widths, place the right
 *  edge where too few lines show it (as far from the page's right side as the text is from its left). */
export function paragraphsOf(pages: readonly PdfLine[][], widths: readonly number[] = []): PdfParagraph[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  // The body size: the size that carries most characters.
  const bySize = new Map<number, number>();
  for (const l of all) bySize.set(l.size, (bySize.get(l.size) ?? 0) + l.text.length);
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const pitch = pitchOf(pages, size);
  const left = minOf(all.map((l) => l.x0));
  const global = frameOf(all, size) ?? {
    left,
    right: Math.max(maxOf(all.map((l) => l.x1)), maxOf(widths.map((w) => w - left))),
  };
  const frames = pages.map((lines) => {
    const own = frameOf(lines, size);
    // A page of few lines keeps the document's frame; a page's own edges only where they are well founded.
    return own && lines.length >= 6 ? own : global;
  });

  const out: PdfParagraph[] = [];
  let text = "";
  let page = 0;
  let prev: { line: PdfLine; frame: Frame } | null = null;
  const flush = () => {
    if (text.trim() !== "") out.push({ text, page });
    text = "";
  };
  pages.forEach((lines, p) => {
    const frame = frames[p]!;
    for (const line of lines) {
      if (prev === null || startsParagraph(prev.line, line, frame, prev.frame, pitch, size)) {
        flush();
        text = line.text;
        page = line.page;
      } else {
        text += joinsWithSpace(text, line.text) ? ` ${line.text}` : line.text;
      }
      prev = { line, frame };
    }
  });
  flush();
  return out;
}

/** Whether `line` starts a new paragraph after `prev`; `body` is the body's size. */
function startsParagraph(
  prev: PdfLine,
  line: PdfLine,
  frame: Frame,
  prevFrame: Frame,
  pitch: number,
  body: number,
): boolean {
  const em = Math.max(prev.size, line.size);
  // A tagged PDF says where its paragraphs are, on one page.
  if (line.page === prev.page && line.firstBlock !== undefined && prev.lastBlock !== undefined)
    return line.firstBlock !== prev.lastBlock;
  if (opensWithHeading(line.text)) return true;
  if (Math.abs(prev.size - line.size) > Math.min(prev.size, line.size) * 0.2) return true;
  if (line.page === prev.page && line.y - prev.y > pitch * 1.4) return true;
  // The line before stands on its own when it starts far in (a date or a signature set right, a short centred
  // title) ...
  const prevLead = prev.x0 - prevFrame.left;
  if (prevLead > Math.max(4 * em, (prevFrame.right - prevFrame.left) / 4)) return true;
  // ... or when it ended short of the right edge: the last line of its paragraph — unless what opens this line (a
  // figure, a Latin word) was too wide for the room left. A character a size wide fits in a room of a size, so a
  // ragged line wraps with less room than that, or up to half a size more where a space at its end took room: a
  // line that ends a sentence (。！？；：…) is short past 0.9 of a size, one that stops mid-sentence past 1.5.
  const room = prevFrame.right - prev.x1;
  const short = SENTENCE_END.test(prev.text) ? 0.9 * em : 1.5 * em;
  if (room > short && room > line.leadWidth + 0.5 * em) return true;
  // The line before was full. This one continues it when it starts at the left edge ...
  const lineLead = line.x0 - frame.left;
  if (lineLead <= 0.8 * em) return false;
  // ... or under the words after a number set off by a tab (a hanging indent, as Word numbers lists) ...
  if (prev.hangX !== undefined && Math.abs(line.x0 - prev.hangX) <= 0.5 * em) return false;
  // ... or centred under a full title line of a larger size (a title that wraps).
  const centred = Math.abs(lineLead - (frame.right - line.x1)) < em;
  if (centred && prev.size >= body * 1.15 && Math.abs(prevLead - room) < em) return false;
  // Indented past the line before: a first-line indent. Indented as much as the line before, which was itself
  // indented: two first lines — unless the line before was quite full (a paragraph indented as a block).
  if (line.x0 > prev.x0 + 0.8 * em) return true;
  if (Math.abs(line.x0 - prev.x0) <= 0.5 * em) return room > 0.5 * em;
  return true;
}
