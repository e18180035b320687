/**
 * Text and Markdown reports as blocks: one paragraph per line (a blank line is no paragraph), as the reports are
 * typed and as the seeds hold them. A Markdown file loses what only marks it up — heading marks (#), quote marks,
 * bullets, emphasis, link targets — and keeps what a reader sees; its pipe tables (| a | b |) are tables.
 */
import type { Block, TableBlock, TableCellBlock } from "./types";

const LINE = /\r\n|\r|\n|\f|\u2028|\u2029/;

/** The paragraphs of a text file: every line, as written (tabs and leading spaces kept). */
export function readPlainText(text: string): Block[] {
  return text.split(LINE).map((line) => ({ kind: "paragraph", text: line, page: null }));
}

// ---------------------------------------------------------------------------------------------------------
// Markdown

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const BULLET = /^([ \t]*)[-*+][ \t]+/;
/** A table's delimiter row: | --- | :---: | ---: | */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

const opensWithPipe = (line: string): boolean => /^[ \t]*\|/.test(line);
const isPipeRow = (line: string): boolean => opensWithPipe(line) || /(?<!\\)\|/.test(line);

/** Markdown's inline marks removed: images, links (their words kept), emphasis, code spans, escapes. */
export function markdownInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])/g, "$1$2")
    .replace(/(^|[^_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])/g, "$1$2")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
}

/** The cells of a pipe-table row, a `\|` inside a cell kept as a pipe. */
function pipeCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => markdownInline(c.trim().replace(/\\\|/g, "|")));
}

/** A pipe table from its rows (the delimiter rows left out): one cell a column, no merges. */
function pipeTable(lines: readonly string[]): TableBlock {
  const rows = lines
    .filter((l) => !DELIMITER_ROW.test(l))
    .map((l): TableCellBlock[] =>
      pipeCells(l).flatMap((text, i) => (text === "" ? [] : [{ col: i + 1, text, colSpan: 1, rowSpan: 1 }])),
    );
  return { kind: "table", rows, page: null };
}

/** The paragraphs and tables of a Markdown file: one paragraph per line, marks removed. */
export function readMarkdown(text: string): Block[] {
  const lines = text.split(LINE);
  const out: Block[] = [];
  const para = (t: string) => out.push({ kind: "paragraph", text: t, page: null });
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence !== null) {
      // Inside a code block: its lines as they are, until the closing fence.
      if (line.trim().startsWith(fence)) fence = null;
      else para(line);
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1]!;
      continue;
    }
    // A pipe table: GFM's (a header row, then a delimiter row with pipes), or two or more rows opening with a pipe.
    if (isPipeRow(line) && i + 1 < lines.length) {
      const next = lines[i + 1]!;
      const gfm = DELIMITER_ROW.test(next) && next.includes("|");
      if (gfm || (opensWithPipe(line) && opensWithPipe(next))) {
        let end = i + 1;
        while (end < lines.length && lines[end]!.trim() !== "" && (gfm ? isPipeRow : opensWithPipe)(lines[end]!)) end++;
        out.push(pipeTable(lines.slice(i, end)));
        i = end - 1;
        continue;
      }
    }
    if (THEMATIC_BREAK.test(line)) continue;
    if (SETEXT_UNDERLINE.test(line) && i > 0 && lines[i - 1]!.trim() !== "") continue;
    let t = line;
    if (ATX_HEADING.test(t)) t = t.replace(ATX_HEADING, "").replace(ATX_CLOSING, "");
    while (QUOTE.test(t)) t = t.replace(QUOTE, "");
    t = t.replace(BULLET, "$1");
    para(markdownInline(t));
  }
  return out;
}
