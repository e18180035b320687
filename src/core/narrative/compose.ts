/**
 * Composing the report: the outline (the one the workbook's report follows, or the one the user chose), with
 * the report's own headings and paragraphs kept where they stand and jixiao's passages under the headings it
 * writes for. What people wrote is never replaced: a node whose content is theirs (or jixiao's, edited) keeps
 * it, and jixiao's version is only offered beside it (`NodeReport.proposal`). A node whose content is only
 * what jixiao wrote before (its texts are in `written`) gets the passages written anew from today's data.
 */
import { analyseOutline } from "../checks/report/headings";
import { compact } from "../checks/report/text";
import { formatPlain } from "../format";
import type { ReportParagraph, WorkbookModel } from "../model/types";
import type { Profile } from "../profile-types";
import { DEFAULT_STYLES, marker, narrativeContext, type HeadingStyles, type NarrativeContext } from "./context";
import { nodesOf, OUTLINES, titleWords, type OutlineNode, type Writer } from "./outlines";
import { assetsPassage } from "./passages/assets";
import { budgetPassages } from "./passages/budget";
import { economyPassage, efficiencyPassages } from "./passages/evaluation";
import { firstKind, indicatorPassages } from "./passages/indicators";
import { preamblePassage } from "./passages/preamble";
import { problemsPassages } from "./passages/problems";
import { scorePassage } from "./passages/score";
import { staffPassage } from "./passages/staff";
import { targetsPassages } from "./passages/targets";
import { selfEvaluationTable } from "./self-evaluation-table";
import type { Block, HeadingLevel, NodeReport, OutlineId, Passage, ReportDocument } from "./types";

export interface ComposeOptions {
  readonly profile: Profile;
  /** The outline the user chose; default: the one the workbook's report follows, else 自评报告. */
  readonly outline?: OutlineId;
  /** Texts jixiao wrote into the report before (kept in the workbook's settings): paragraphs that still read
   *  so are jixiao's and may be written anew. */
  readonly written?: ReadonlySet<string>;
}

const WRITERS: Readonly<Record<Writer, (ctx: NarrativeContext) => Passage[] | null>> = {
  staff: staffPassage,
  assets: assetsPassage,
  targets: targetsPassages,
  budget: (ctx) => budgetPassages(ctx),
  score: scorePassage,
  output: (ctx) => indicatorPassages(ctx, (f) => ["output", "other"].includes(firstKind(f)), "indicators"),
  effect: (ctx) => indicatorPassages(ctx, (f) => firstKind(f) === "effect", "indicators"),
  satisfaction: (ctx) => indicatorPassages(ctx, (f) => firstKind(f) === "satisfaction", "indicators"),
  problems: problemsPassages,
  economy: economyPassage,
  efficiency: efficiencyPassages,
  benefit: (ctx) =>
    indicatorPassages(ctx, (f) => firstKind(f) === "effect" || firstKind(f) === "satisfaction", "indicators"),
};

/** What jixiao writes for a node, or null when the data gives nothing to write. */
function written(node: OutlineNode, ctx: NarrativeContext): Passage[] | null {
  if (!node.writes) return null;
  const out = node.writes.flatMap((w) => WRITERS[w](ctx) ?? []);
  return out.length > 0 ? out : null;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the report people wrote

const TITLE_END = /[。：:；;，,]$/;
const MAX_TITLE = 50;

/** The report's title lines: its first short paragraphs before any heading that do not end a sentence. */
function titleLines(paragraphs: readonly ReportParagraph[], firstHeading: number): number {
  let n = 0;
  while (n < Math.min(firstHeading, 3)) {
    const t = paragraphs[n]!.text.trim();
    if (t.length > MAX_TITLE || TITLE_END.test(t)) break;
    n++;
  }
  return n;
}

/** The outline a report follows, by how many of its first-level headings each outline recognises. */
export function detectOutline(paragraphs: readonly string[], sheet: string | null): OutlineId | null {
  const firsts = analyseOutline(paragraphs)
    .nodes.filter((n) => n.level === 1)
    .map((n) => compact(paragraphs[n.index]!.slice(n.heading.marker.length)));
  const words = `${sheet ?? ""}${paragraphs.slice(0, 3).join("")}`;
  const score = (id: OutlineId): number => {
    const matched = new Set<OutlineNode>();
    for (const t of firsts) {
      const node = OUTLINES[id].find((n) => !matched.has(n) && n.match.test(t));
      if (node) matched.add(node);
    }
    return matched.size + (words.includes(id) ? 0.5 : 0);
  };
  const self = score("自评报告");
  const evaluation = score("评价报告");
  if (self === 0 && evaluation === 0) return null;
  return evaluation > self ? "评价报告" : "自评报告";
}

interface Reading {
  readonly titles: readonly ReportParagraph[];
  readonly front: readonly ReportParagraph[];
  /** Heading paragraph matched to each node. */
  readonly headings: ReadonlyMap<OutlineNode, ReportParagraph>;
  /** Paragraphs under each node (up to the next matched heading). */
  readonly content: ReadonlyMap<OutlineNode, ReportParagraph[]>;
  readonly styles: HeadingStyles;
}

function readReport(paragraphs: readonly ReportParagraph[], outline: OutlineId): Reading {
  const texts = paragraphs.map((p) => p.text);
  const analysed = analyseOutline(texts).nodes;
  const levelAt = new Map(analysed.map((n) => [n.index, n]));
  const first = analysed[0]?.index ?? paragraphs.length;
  const nTitles = titleLines(paragraphs, first);

  const headings = new Map<OutlineNode, ReportParagraph>();
  const content = new Map<OutlineNode, ReportParagraph[]>();
  const front: ReportParagraph[] = [];
  const path: (OutlineNode | undefined)[] = [];
  let current: OutlineNode | null = null;
  const counts: Record<HeadingLevel, Map<string, number>> = { 1: new Map(), 2: new Map(), 3: new Map(), 4: new Map() };

  for (let i = nTitles; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const h = levelAt.get(i);
    let matched: OutlineNode | null = null;
    if (h) {
      const level = h.level as HeadingLevel;
      const words = compact(p.text.trim().slice(h.heading.marker.length)).slice(0, 60);
      const parent = level === 1 ? null : path[level - 1];
      const candidates = level === 1 ? OUTLINES[outline] : (parent?.children ?? []);
      matched = candidates.find((n) => n.level === level && !headings.has(n) && n.match.test(words)) ?? null;
      if (matched) {
        headings.set(matched, p);
        path[level] = matched;
        path.length = level + 1;
        current = matched;
        const style = counts[level];
        style.set(h.heading.style, (style.get(h.heading.style) ?? 0) + 1);
      }
    }
    if (matched) continue;
    if (current) {
      const list = content.get(current) ?? [];
      list.push(p);
      content.set(current, list);
    } else front.push(p);
  }
  const defaults = DEFAULT_STYLES[outline];
  const most = (level: HeadingLevel) => {
    const entries = [...counts[level]].filter(([s]) => s !== "mixed").sort((a, b) => b[1] - a[1]);
    return (entries[0]?.[0] ?? defaults[level]) as HeadingStyles[HeadingLevel];
  };
  const styles: HeadingStyles = { 1: most(1), 2: most(2), 3: most(3), 4: most(4) };
  return { titles: paragraphs.slice(0, nTitles), front, headings, content, styles };
}

// ---------------------------------------------------------------------------------------------------------

const DATE = /^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;

export function composeReport(model: WorkbookModel, options: ComposeOptions): ReportDocument {
  const paragraphs = model.report?.paragraphs ?? [];
  const detected =
    paragraphs.length > 0
      ? detectOutline(
          paragraphs.map((p) => p.text),
          model.report!.sheet,
        )
      : null;
  const outline: OutlineId = options.outline ?? detected ?? "自评报告";
  const fromReport =
    paragraphs.length > 0 && (options.outline === undefined || detected === null || detected === outline);
  const reading = readReport(fromReport ? paragraphs : [], outline);
  const ctx = narrativeContext(model, options.profile, reading.styles);
  const mine = options.written ?? new Set<string>();
  const isMine = (p: ReportParagraph) => mine.has(p.text);

  const blocks: Block[] = [];
  const nodes: NodeReport[] = [];

  // Title and opening.
  if (reading.titles.length > 0)
    for (const t of reading.titles) blocks.push({ kind: "title", text: t.text, ref: t.ref });
  else {
    const year = ctx.year === null ? "【待填：年度】" : formatPlain(ctx.year);
    const unit = ctx.unitName ?? "【待填：单位名称】";
    blocks.push({ kind: "title", text: `${year}年度${unit}${titleWords(outline)}`, ref: null });
  }
  const front = reading.front;
  if (front.length > 0 && !front.every(isMine)) {
    for (const p of front) blocks.push({ kind: "paragraph", text: p.text, ref: p.ref, node: null, align: "justify" });
  } else if (!fromReport || front.length > 0) {
    // An opening for a new report (or anew, where jixiao wrote it); a report people began without one stays so.
    for (const passage of preamblePassage(ctx, outline)) blocks.push({ kind: "passage", node: "front", passage });
  }

  const emit = (node: OutlineNode, n: number): void => {
    const own = reading.headings.get(node);
    if (own)
      blocks.push({ kind: "heading", level: node.level, text: own.text, node: node.id, origin: "kept", ref: own.ref });
    else
      blocks.push({
        kind: "heading",
        level: node.level,
        text: `${marker(ctx, node.level, n)}${node.title}`,
        node: node.id,
        origin: "outline",
        ref: null,
      });
    const content = reading.content.get(node) ?? [];
    const keep = (): void => {
      for (const p of content)
        blocks.push({ kind: "paragraph", text: p.text, ref: p.ref, node: node.id, align: "justify" });
    };
    const heading = node.title;
    if (node.writes) {
      const passages = written(node, ctx);
      if (content.length === 0 || content.every(isMine)) {
        if (passages) {
          for (const passage of passages) blocks.push({ kind: "passage", node: node.id, passage });
          nodes.push({ id: node.id, heading, state: "generated", proposal: null });
        } else if (node.children.length === 0 || node.hint) {
          blocks.push({ kind: "place", node: node.id, hint: node.hint ?? heading });
          nodes.push({ id: node.id, heading, state: "place", proposal: null });
        }
      } else {
        keep();
        nodes.push({ id: node.id, heading, state: "kept", proposal: passages });
      }
    } else if (node.hint) {
      if (content.length === 0) {
        blocks.push({ kind: "place", node: node.id, hint: node.hint });
        nodes.push({ id: node.id, heading, state: "place", proposal: null });
      } else {
        keep();
        nodes.push({ id: node.id, heading, state: "written", proposal: null });
      }
    } else keep();
    node.children.forEach((child, i) => emit(child, i + 1));
  };
  OUTLINES[outline].forEach((node, i) => emit(node, i + 1));

  // The closing unit name and date stand on the right.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind !== "paragraph") break;
    const t = b.text.trim();
    if (!(DATE.test(t) || (ctx.unitName !== null && compact(t) === compact(ctx.unitName)))) break;
    blocks[i] = { ...b, align: "right" };
  }

  return {
    outline,
    outlineFrom: options.outline ? "chosen" : detected ? "report" : "default",
    fromReport,
    sheet: model.report?.sheet ?? null,
    paragraphRefs: fromReport ? paragraphs.map((p) => p.ref) : [],
    unitName: ctx.unitName,
    year: ctx.year,
    blocks,
    nodes,
    table: selfEvaluationTable(model),
  };
}

/** Every passage of a document, in order (generated ones only). */
export function passagesOf(doc: ReportDocument): Passage[] {
  return doc.blocks.flatMap((b) => (b.kind === "passage" ? [b.passage] : []));
}

/** The nodes of an outline by id, for the task pane's navigation. */
export function outlineNodes(outline: OutlineId): readonly OutlineNode[] {
  return nodesOf(OUTLINES[outline]);
}
