/**
 * The report as jixiao composes it (GUIDE §6): one of the two outlines, with the passages generated from the
 * workbook model and the paragraphs people wrote kept as they are. Every host renders the same document: the
 * command line as text, the Word export as a .docx, the fill as cells of the report sheet, the task pane as a
 * preview whose figures link back to their cells.
 */
import type { CellRef } from "../model/types";

/** The two outlines of GUIDE §6: 自评报告 (seed 000) and 评价报告 (seed 002). */
export type OutlineId = "自评报告" | "评价报告";
export const OUTLINE_IDS: readonly OutlineId[] = ["自评报告", "评价报告"];

/** Heading levels: 一、 → （一） → 1. → （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** A figure of a generated passage and the cells it came from: one cell for a figure read, every operand for a
 *  figure computed (a rate, a share, a sum). `start`/`end` are offsets into the passage's text. */
export interface FigureSource {
  readonly start: number;
  readonly end: number;
  /** The figure as written in the passage: "36,353.37", "88.39%". */
  readonly text: string;
  /** What it is, in Chinese: "全年预算数", "预算执行率（全年执行数 ÷ 全年预算数）". */
  readonly label: string;
  readonly refs: readonly CellRef[];
}

/** A figure the data does not give: left in the text as a visible gap ("【待填：资产总计】"), never invented. */
export interface Gap {
  readonly start: number;
  readonly end: number;
  /** What belongs there, in Chinese: "资产总计". */
  readonly label: string;
}

/** One paragraph written by jixiao: a heading it adds (“1、数量指标（指标分数 14 分，实际得分 14 分）”) or a body
 *  paragraph. */
export interface Passage {
  /** Stable id of the passage within its outline node, so that a later fill finds and updates it:
   *  "budget", "assets", "indicator:产出指标/数量指标/采购应急处突装备". */
  readonly slot: string;
  readonly role: "heading" | "body";
  /** For headings: the level its number is at. */
  readonly level: HeadingLevel | null;
  readonly text: string;
  readonly figures: readonly FigureSource[];
  readonly gaps: readonly Gap[];
}

/** Where a block of the composed report comes from. */
export type Block =
  /** A title line ("2022年度南昌市公安局红谷滩分局", "整体支出绩效自评报告"); `ref` where it stands in the report sheet. */
  | { readonly kind: "title"; readonly text: string; readonly ref: CellRef | null }
  /** A heading of the outline: the report's own (kept as written) or the outline's (added). */
  | {
      readonly kind: "heading";
      readonly level: HeadingLevel;
      readonly text: string;
      readonly node: string;
      readonly origin: "kept" | "outline";
      readonly ref: CellRef | null;
    }
  /** A paragraph people wrote, kept as it stands; `align` right for the closing unit name and date. */
  | {
      readonly kind: "paragraph";
      readonly text: string;
      readonly ref: CellRef;
      readonly node: string | null;
      readonly align: "justify" | "right";
    }
  /** A passage jixiao writes. */
  | { readonly kind: "passage"; readonly node: string; readonly passage: Passage }
  /** An empty place under a heading, for what only people can write (职责, 工作任务, 改进措施). */
  | { readonly kind: "place"; readonly node: string; readonly hint: string };

/** What happened to an outline node's content. */
export type NodeState =
  /** jixiao wrote it now (nothing was there, or only what jixiao wrote before). */
  | "generated"
  /** People wrote it (or edited what jixiao wrote): kept; jixiao's version is offered as `proposal`. */
  | "kept"
  /** Only people can write it and nobody has yet: an empty place. */
  | "place"
  /** People wrote it, and it is theirs to write: kept. */
  | "written";

export interface NodeReport {
  /** Outline node id: "一", "一.（五）", "二.（一）". */
  readonly id: string;
  readonly heading: string;
  readonly state: NodeState;
  /** For a node jixiao could write but people did: what jixiao would write, for comparison. */
  readonly proposal: readonly Passage[] | null;
}

/** A cell of a table in the document; a cell spanning rows appears in its first row only (as in HTML). */
export interface DocTableCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** A header cell: bold, centred, repeated on each page where the table breaks. */
  readonly header?: boolean;
  readonly align?: "left" | "center" | "right";
}

export interface DocTable {
  /** "2022年度部门整体支出绩效自评表". */
  readonly title: string;
  /** The line under the title: "单位名称：南昌市公安局红谷滩分局　　单位：万元". */
  readonly caption: string | null;
  readonly columns: number;
  /** Relative column widths, one per column. */
  readonly widths: readonly number[];
  /** Columns whose cells must not break across lines (the 一级 and 二级 指标 names): a renderer widens them to hold
   *  the longest of their texts, or sets those cells smaller where the page cannot give the width. */
  readonly oneLine?: readonly number[];
  readonly rows: readonly (readonly DocTableCell[])[];
}

export interface ReportDocument {
  readonly outline: OutlineId;
  /** Why this outline: the workbook's report follows it, the user chose it, or neither (the default). */
  readonly outlineFrom: "report" | "chosen" | "default";
  /** Whether the workbook's report is in it (its paragraphs kept in place): false when there is none, or when
   *  the user chose the other outline than the one it follows. */
  readonly fromReport: boolean;
  /** The report sheet it was composed from, or null. */
  readonly sheet: string | null;
  /** Where the paragraphs of that report stand (those jixiao writes anew included), when `fromReport`. */
  readonly paragraphRefs: readonly CellRef[];
  readonly unitName: string | null;
  readonly year: number | null;
  readonly blocks: readonly Block[];
  readonly nodes: readonly NodeReport[];
  /** The 绩效自评表 as a table for the appendix of the Word document, or null when the workbook has none. */
  readonly table: DocTable | null;
}
