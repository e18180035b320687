/**
 * The composed report as plain text, as `jixiao report` prints it: title lines, headings, and paragraphs
 * indented by two full-width spaces as Chinese documents are; an empty place reads "【待填写：…】".
 */
import type { Block, ReportDocument } from "./types";

const INDENT = "\u3000\u3000";

function lineOf(block: Block): string {
  switch (block.kind) {
    case "title":
      return block.text.trim();
    case "heading":
      return `${INDENT}${block.text.trim()}`;
    case "paragraph":
      return block.align === "right" ? block.text.trim() : `${INDENT}${block.text.trim()}`;
    case "passage":
      return `${INDENT}${block.passage.text}`;
    case "place":
      return `${INDENT}【待填写：${block.hint}】`;
  }
}

export function reportText(doc: ReportDocument): string {
  return `${doc.blocks.map(lineOf).join("\n")}\n`;
}
