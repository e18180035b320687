/**
 * Heading numbers of a report and its outline (GUIDE §6): 一、 → （一） → 1. / 1、 → （1）, and, in documents
 * in parts (部门决算 publications), 第一部分 above them (level 0, read when asked for). A heading number stands
 * at the start of a paragraph and is followed by its separator (、 . ． or the closing bracket); "2022年…" and
 * "1 个工作日…" are sentences, not headings. Lettered items (a、 A、) and circled numbers are list items below
 * the scheme and are not read.
 *
 * `analyseOutline` builds the outline and reports what a reviewer sends back: numbers that do not run on
 * within a level or are used twice, headings at the wrong level, a level skipped where the report uses it
 * elsewhere, one list numbered at two levels, a heading left without its number, bracket or separator styles
 * that differ within a level, and items numbered within a paragraph ("1.…。2.…。4.…。4.…") that do not run on.
 */
import type { Report } from "../../model/types";
import { normalize } from "./text";

export type Level = 0 | 1 | 2 | 3 | 4;
/** 、 or . after the number (levels 1 and 3); full-width, half-width or mixed brackets (levels 2 and 4);
 *  第N部分 (level 0). */
export type HeadingStyle = "、" | "." | "full" | "half" | "mixed" | "part";

export interface HeadingNumber {
  readonly level: Level;
  readonly number: number;
  readonly style: HeadingStyle;
  /** The number as written, with its brackets or separator: "（一）", "(1)", "4、", "3.". */
  readonly marker: string;
  /** The heading's words after the number, up to the first punctuation: "经济性分析". */
  readonly title: string;
}

const CN_DIGITS = "零一二三四五六七八九";

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23 (up to 九十九); null for anything else. */
export function chineseNumber(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === "") return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? CN_DIGITS.indexOf(tens) : null;
  return (tens ? CN_DIGITS.indexOf(tens) : 1) * 10 + (units ? CN_DIGITS.indexOf(units) : 0);
}

/** 4 → 四, 12 → 十二, 23 → 二十三. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${units ? CN_DIGITS[units] : ""}`;
}

const LEAD = /^[\s\u00a0\u3000\u2002-\u200b\ufeff]*/;
const L0 = /^第([一二三四五六七八九十]{1,3})部分[\s\u00a0\u3000:：]*/;
const L1 = /^([一二三四五六七八九十]{1,3})[ \u00a0\u3000]*([、.．])/;
const L2 = /^([（(])[ \u00a0\u3000]*([一二三四五六七八九十]{1,3})[ \u00a0\u3000]*([）)])/;
const L3 = /^(\d{1,2})[ \u00a0\u3000]*([、.．])(?![ \u00a0\u3000]*\d)/;
const L4 = /^([（(])[ \u00a0\u3000]*(\d{1,2})[ \u00a0\u3000]*([）)])/;
const TITLE_END = /[，。：:；;,（(！？!?]/;

function bracketStyle(open: string, close: string): HeadingStyle {
  const o = open === "（";
  const c = close === "）";
  return o && c ? "full" : !o && !c ? "half" : "mixed";
}

function titleOf(rest: string): string {
  const t = rest.replace(LEAD, "");
  const cut = t.search(TITLE_END);
  return (cut < 0 ? t : t.slice(0, cut)).replace(/[\s\u00a0\u3000]+/g, "");
}

/** The heading number at the start of a paragraph, or null when it does not start with one; "第一部分" only
 *  when `parts` asks for it. */
export function parseHeading(paragraph: string, parts = false): HeadingNumber | null {
  const text = paragraph.replace(LEAD, "");
  let m = parts ? L0.exec(text) : null;
  if (m) {
    const n = chineseNumber(m[1]!);
    if (n)
      return {
        level: 0,
        number: n,
        style: "part",
        marker: `第${m[1]}部分`,
        title: titleOf(text.slice(m[0].length)),
      };
  }
  m = L1.exec(text);
  if (m) {
    const n = chineseNumber(m[1]!);
    if (n)
      return {
        level: 1,
        number: n,
        style: m[2] === "、" ? "、" : ".",
        marker: m[0],
        title: titleOf(text.slice(m[0].length)),
      };
  }
  m = L2.exec(text);
  if (m) {
    const n = chineseNumber(m[2]!);
    if (n)
      return {
        level: 2,
        number: n,
        style: bracketStyle(m[1]!, m[3]!),
        marker: m[0],
        title: titleOf(text.slice(m[0].length)),
      };
  }
  m = L3.exec(text);
  if (m && Number(m[1]) > 0)
    return {
      level: 3,
      number: Number(m[1]),
      style: m[2] === "、" ? "、" : ".",
      marker: m[0],
      title: titleOf(text.slice(m[0].length)),
    };
  m = L4.exec(text);
  if (m && Number(m[2]) > 0)
    return {
      level: 4,
      number: Number(m[2]),
      style: bracketStyle(m[1]!, m[3]!),
      marker: m[0],
      title: titleOf(text.slice(m[0].length)),
    };
  return null;
}

/** The marker of a number at a level in a style: (2, 3, "full") → "（三）", (3, 4, ".") → "4.". */
export function markerOf(level: Level, n: number, style: HeadingStyle): string {
  switch (level) {
    case 0:
      return `第${chineseNumeral(n)}部分`;
    case 1:
      return `${chineseNumeral(n)}${style === "." ? "." : "、"}`;
    case 2:
      return style === "half" ? `(${chineseNumeral(n)})` : `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}${style === "、" ? "、" : "."}`;
    case 4:
      return style === "half" ? `(${n})` : `（${n}）`;
  }
}

/** Name of a level for messages: 一级标题 … 四级标题; “第N部分”. */
export function levelName(level: Level): string {
  return level === 0 ? "“第N部分”标题" : `${chineseNumeral(level)}级标题`;
}

// ---------------------------------------------------------------------------------------------------------
// Outline

export interface HeadingNode {
  /** Index of the paragraph. */
  readonly index: number;
  readonly heading: HeadingNumber;
  /** The level it belongs at: the written level, unless the analysis moved it. */
  level: Level;
  parent: HeadingNode | null;
}

export type OutlineIssue =
  /** A heading numbered at a deeper level that fills a gap in a higher level's numbers (三、 4、 5、 六、). */
  | {
      readonly kind: "misplaced";
      readonly node: HeadingNode;
      readonly level: Level;
      readonly before: HeadingNode;
      readonly after: HeadingNode;
    }
  /** A heading one level too deep: it runs on from its parent's siblings, not from its own (（二） then 3.). */
  | {
      readonly kind: "level";
      readonly node: HeadingNode;
      readonly level: Level;
      readonly siblings: readonly HeadingNode[];
    }
  /** A number that does not run on from the one before at its level under the same parent. */
  | {
      readonly kind: "sequence";
      readonly node: HeadingNode;
      readonly expected: number;
      readonly previous: HeadingNode | null;
      readonly parent: HeadingNode | null;
    }
  /** A number used twice in a row at one level under one parent: （一） then （一）. */
  | {
      readonly kind: "repeat";
      readonly node: HeadingNode;
      readonly previous: HeadingNode;
      readonly parent: HeadingNode | null;
    }
  /** A heading without its number, where the numbers of its level leave a place for it: 六、 … (unnumbered) … 八、,
   *  or 一、 … (unnumbered) … （一）, the list after it belonging to it. */
  | {
      readonly kind: "unnumbered";
      /** Index of the unnumbered paragraph. */
      readonly index: number;
      readonly level: Level;
      readonly number: number;
      readonly style: HeadingStyle;
      readonly previous: HeadingNode;
      readonly next: HeadingNode;
    }
  /** A level skipped under a parent while the report uses it under parents of the same level elsewhere:
   *  （三） then （1）, while （一） has 1. under it. */
  | {
      readonly kind: "skipped";
      readonly node: HeadingNode;
      readonly parent: HeadingNode;
      readonly level: Level;
      readonly example: HeadingNode;
    }
  /** Items numbered within one paragraph that do not run on: "1.…。2.…。3.…。4.…。4.…。5.…". */
  | {
      readonly kind: "inline";
      readonly index: number;
      /** The numbers as written, in order. */
      readonly numbers: readonly number[];
      /** Position in the list of the first number that does not run on, and what it should be. */
      readonly at: number;
      readonly expected: number;
      readonly markers: readonly string[];
    }
  /** One list numbered at two levels under one parent: (1) then （二）. */
  | { readonly kind: "mixed"; readonly nodes: readonly [HeadingNode, HeadingNode]; readonly parent: HeadingNode | null }
  /** Bracket or separator styles that differ among the headings of one parent at one level. */
  | {
      readonly kind: "style-group";
      readonly level: Level;
      readonly parent: HeadingNode | null;
      readonly odd: readonly HeadingNode[];
      readonly others: readonly HeadingNode[];
    }
  /** Parents each consistent, but in different styles at one level across the report. */
  | {
      readonly kind: "style-document";
      readonly level: Level;
      readonly odd: readonly HeadingNode[];
      readonly others: readonly HeadingNode[];
    };

export interface Outline {
  readonly nodes: readonly HeadingNode[];
  readonly issues: readonly OutlineIssue[];
}

function link(nodes: readonly HeadingNode[]): void {
  const stack: HeadingNode[] = [];
  for (const n of nodes) {
    while (stack.length && stack[stack.length - 1]!.level >= n.level) stack.pop();
    n.parent = stack[stack.length - 1] ?? null;
    stack.push(n);
  }
}

/** The children of `parent` (null: the top) in order, optionally only those at `level`. */
function childrenOf(nodes: readonly HeadingNode[], parent: HeadingNode | null, level?: Level): HeadingNode[] {
  return nodes.filter((n) => n.parent === parent && (level === undefined || n.level === level));
}

/** Parents that have children, the top (null) first. */
function parents(nodes: readonly HeadingNode[]): (HeadingNode | null)[] {
  return [null, ...nodes];
}

/** The sibling just before `node` at its own level under its own parent. */
function previousSibling(nodes: readonly HeadingNode[], node: HeadingNode): HeadingNode | null {
  const sibs = childrenOf(nodes, node.parent, node.level);
  const i = sibs.indexOf(node);
  return i > 0 ? sibs[i - 1]! : null;
}

/** Longest common ending of some words. */
function commonSuffix(words: readonly string[]): string {
  if (words.length === 0) return "";
  let suffix = words[0]!;
  for (const w of words.slice(1)) {
    let k = 0;
    while (k < suffix.length && k < w.length && suffix[suffix.length - 1 - k] === w[w.length - 1 - k]) k++;
    suffix = suffix.slice(suffix.length - k);
  }
  return suffix;
}

/**
 * Gap filling: under one parent, level-L numbers jump from n to m (三、 … 六、) and the headings between hold,
 * in order and at one deeper level, exactly the missing numbers (4、 5、), none of them running on in the
 * same style from a sibling of its own level: those are level-L headings numbered in the wrong style.
 */
function fillGaps(nodes: HeadingNode[], issues: OutlineIssue[]): void {
  for (const parent of parents(nodes)) {
    for (const level of [1, 2, 3, 4] as const) {
      const sibs = childrenOf(nodes, parent, level);
      for (let i = 1; i < sibs.length; i++) {
        const a = sibs[i - 1]!;
        const b = sibs[i]!;
        const n = a.heading.number;
        const m = b.heading.number;
        if (m <= n + 1) continue;
        const span = nodes.filter((x) => x.index > a.index && x.index < b.index && x.level > level);
        const picks: HeadingNode[] = [];
        let limit = b.index;
        for (let k = m - 1; k > n; k--) {
          const pick = span
            .filter(
              (x) => x.index < limit && x.heading.number === k && (picks.length === 0 || x.level === picks[0]!.level),
            )
            .pop();
          if (!pick) break;
          picks.unshift(pick);
          limit = pick.index;
        }
        if (picks.length !== m - n - 1) continue;
        const runsOn = picks.some((p) => {
          const prev = previousSibling(nodes, p);
          return (
            prev !== null &&
            !picks.includes(prev) &&
            prev.heading.number === p.heading.number - 1 &&
            prev.heading.style === p.heading.style
          );
        });
        if (runsOn) continue;
        for (const p of picks) {
          p.level = level;
          issues.push({ kind: "misplaced", node: p, level, before: a, after: b });
        }
        link(nodes);
      }
    }
  }
}

/**
 * Level errors: a heading at level L+1 numbered k under a level-L parent numbered k−1, while no level-L k
 * follows under the grandparent, and either it is the first of its level under its parent while k ≥ 3 (after
 * （一）（二）, a 3. that continues nothing while （三） is due), or its title has the ending its parent's siblings
 * share (经济性分析, 效率性分析 → 效益性分析) and its own siblings do not.
 */
function fixLevels(nodes: HeadingNode[], issues: OutlineIssue[]): void {
  for (const node of nodes) {
    const parent = node.parent;
    if (!parent || parent.level === 0 || node.level !== parent.level + 1 || node.level !== node.heading.level) continue;
    const k = node.heading.number;
    if (k < 2 || parent.heading.number !== k - 1) continue;
    const level = parent.level;
    const uncles = childrenOf(nodes, parent.parent, level);
    if (uncles.some((u) => u.index > node.index && u.heading.number === k)) continue;
    const own = childrenOf(nodes, parent, node.level).filter((s) => s.index < node.index);
    const all = childrenOf(nodes, parent);
    const before = all[all.indexOf(node) - 1];
    // Continuing nothing: the first of its level under a parent that has two siblings or more before it, and
    // not a list that runs on from another level ((1) then （二） is "mixed", below).
    const orphan = own.length === 0 && k >= 3 && !(before && before.heading.number === k - 1);
    const upTo = uncles.filter((u) => u.index <= parent.index);
    const suffix = upTo.length >= 2 ? commonSuffix(upTo.map((u) => u.heading.title)) : "";
    const parallel =
      [...suffix].length >= 3 &&
      node.heading.title.endsWith(suffix) &&
      node.heading.title !== suffix &&
      !own.some((s) => s.heading.title.endsWith(suffix));
    if (!orphan && !parallel) continue;
    node.level = level;
    issues.push({ kind: "level", node, level, siblings: upTo });
    link(nodes);
  }
}

/**
 * A paragraph that reads like a heading without a number: short, no sentence or clause marks, not a list item
 * or a table of contents' title.
 */
export function titleLike(paragraph: string): boolean {
  if (paragraph.length > 60) return false;
  const t = normalize(paragraph).trim();
  const n = [...t].length;
  return (
    n >= 2 &&
    n <= 40 &&
    !/[。!?;,:、]/.test(t) &&
    /[\u4e00-\u9fa5]/.test(t) &&
    !/^[\dA-Za-z(（一二三四五六七八九十]/.test(t) &&
    !/^目\s*录$/.test(t)
  );
}

function sequences(nodes: readonly HeadingNode[], paragraphs: readonly string[], issues: OutlineIssue[]): void {
  for (const parent of parents(nodes)) {
    const all = childrenOf(nodes, parent);
    for (const level of [0, 1, 2, 3, 4] as const) {
      const sibs = all.filter((n) => n.level === level);
      sibs.forEach((node, i) => {
        const previous = i > 0 ? sibs[i - 1]! : null;
        const n = node.heading.number;
        if (previous === null && n > 1) {
          // (1) then （二）: the list runs on from a sibling at another level.
          const before = all[all.indexOf(node) - 1];
          if (before && before.level !== level && before.heading.number === n - 1) {
            issues.push({ kind: "mixed", nodes: [before, node], parent });
            return;
          }
        }
        // （一）（一）, 4. 4.: a number used twice (a 1 only right after its first: otherwise a list starting again).
        if (previous && n === previous.heading.number && (n > 1 || node.index === nextHeadingIndex(nodes, previous))) {
          issues.push({ kind: "repeat", node, previous, parent });
          return;
        }
        if (n === 1) return; // a list may start again under the same parent
        // A sheet may hold an excerpt of a document in parts, beginning at 第二部分.
        if (level === 0 && previous === null) return;
        const expected = previous ? previous.heading.number + 1 : 1;
        if (n === expected) return;
        // 六、 … (a heading without its number) … 八、: the number is missing, not skipped.
        if (previous && n > expected && node.index === nextHeadingIndex(nodes, previous)) {
          const between = paragraphs.slice(previous.index + 1, node.index);
          const titles = between.map((t, k) => [t, previous.index + 1 + k] as const).filter(([t]) => titleLike(t));
          if (titles.length === between.length && titles.length === n - expected) {
            titles.forEach(([, index], k) =>
              issues.push({
                kind: "unnumbered",
                index,
                level,
                number: expected + k,
                style: node.heading.style,
                previous,
                next: node,
              }),
            );
            return;
          }
        }
        issues.push({ kind: "sequence", node, expected, previous, parent });
      });
    }
  }
}

/** Index of the first heading after `node`'s paragraph (nodes are in paragraph order). */
function nextHeadingIndex(nodes: readonly HeadingNode[], node: HeadingNode): number {
  return nodes[nodes.indexOf(node) + 1]?.index ?? -1;
}

/**
 * 一、… (text) … a heading without its number … (text) … （一）: the list that follows begins under it, so it is a
 * heading of the level of the one before it, its number left out. Only where the heading before has text of
 * its own and no heading of the next level before it.
 */
function unnumberedSections(nodes: readonly HeadingNode[], paragraphs: readonly string[], issues: OutlineIssue[]) {
  const already = new Set(issues.flatMap((i) => (i.kind === "unnumbered" ? [i.index] : [])));
  // Between consecutive headings h and next: the unnumbered titles there, when next would be h's first child.
  for (let k = 0; k + 1 < nodes.length; k++) {
    const h = nodes[k]!;
    const next = nodes[k + 1]!;
    if (next.heading.number !== 1 || next.level !== h.level + 1 || h.level < 1) continue;
    let body = false;
    for (let index = h.index + 1; index < next.index; index++) {
      const text = paragraphs[index]!;
      if (!titleLike(text)) {
        if (text.trim() !== "") body = true;
        continue;
      }
      if (!body || already.has(index)) continue;
      issues.push({
        kind: "unnumbered",
        index,
        level: h.level,
        number: h.heading.number + 1,
        style: h.heading.style,
        previous: h,
        next,
      });
      break;
    }
  }
}

/**
 * A level skipped: a heading two levels or more below its parent while elsewhere the report puts the level in
 * between under a parent of the same level (（三） then （1）, while （一） has 1. under it; 第一部分 then （一）, while
 * 第二部分 has 一、). Not under a first-level heading, where 1. straight after 一、 is common practice. Headings
 * another issue already names are left to it.
 */
function skippedLevels(nodes: readonly HeadingNode[], issues: OutlineIssue[]): void {
  const named = new Set<HeadingNode>();
  for (const i of issues) {
    if ("node" in i) named.add(i.node);
    if (i.kind === "mixed") i.nodes.forEach((n) => named.add(n));
  }
  const seen = new Set<HeadingNode>();
  for (const node of nodes) {
    const parent = node.parent;
    // Headings moved to another level (and what stands under them) keep their written levels: not compared.
    if (!parent || named.has(node) || node.level !== node.heading.level || parent.level !== parent.heading.level)
      continue;
    if (node.level < parent.level + 2 || seen.has(parent)) continue;
    // Under a first-level heading, items numbered 1. straight away are common practice (a short section needs no
    // （一）); below （一） or under 第N部分 the order of levels holds.
    if (parent.level === 1) continue;
    const missing = (parent.level + 1) as Level;
    const example = nodes.find(
      (e) => e.level === missing && e.heading.level === missing && e.parent?.level === parent.level,
    );
    if (!example) continue;
    seen.add(parent);
    issues.push({ kind: "skipped", node, parent, level: missing, example });
  }
}

const INLINE = /(\d{1,2})[.、．](?=[\u4e00-\u9fa5“"(（])/g;

/**
 * Items numbered within one paragraph: "…内容1.完成…。2.做好…。3.…" — a number after a sentence or clause mark
 * (the first one may follow a label), at least three of them from 1. The first that does not run on.
 */
export function inlineNumbering(
  paragraph: string,
): { numbers: number[]; markers: string[]; at: number; expected: number } | null {
  const text = normalize(paragraph);
  const numbers: number[] = [];
  const markers: string[] = [];
  for (const m of text.matchAll(INLINE)) {
    const before = text.slice(0, m.index).trimEnd();
    const prev = before[before.length - 1] ?? "";
    const n = Number(m[1]);
    if (/\d/.test(prev) || /[\d.]/.test(text[m.index - 1] ?? "")) continue;
    const afterMark = prev === "" || /[。;:!?]/.test(prev);
    if (numbers.length === 0 ? n !== 1 || !(afterMark || /[\u4e00-\u9fa5]/.test(prev)) : !afterMark) continue;
    numbers.push(n);
    markers.push(m[0]);
  }
  if (numbers.length < 3) return null;
  for (let i = 1; i < numbers.length; i++)
    if (numbers[i] !== numbers[i - 1]! + 1) return { numbers, markers, at: i, expected: numbers[i - 1]! + 1 };
  return null;
}

/** The more frequent style; on a tie `prefer` where it is one of them, else the first seen. */
function majority(styles: readonly HeadingStyle[], prefer: HeadingStyle | null): HeadingStyle | null {
  const counts = new Map<HeadingStyle, number>();
  for (const s of styles) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: HeadingStyle | null = null;
  let bestCount = 0;
  for (const [s, c] of counts) {
    if (c > bestCount || (c === bestCount && s === prefer)) {
      best = s;
      bestCount = c;
    }
  }
  return best;
}

/** GB/T 9704 style of a level, preferred on a tie: 一、 （一） 1. （1）. */
const OFFICIAL: Record<Level, HeadingStyle> = { 0: "part", 1: "、", 2: "full", 3: ".", 4: "full" };

function styles(nodes: readonly HeadingNode[], issues: OutlineIssue[]): void {
  for (const level of [0, 1, 2, 3, 4] as const) {
    // Headings moved to another level keep the style of the level they were written at: not compared.
    const at = nodes.filter((n) => n.level === level && n.heading.level === level);
    const docStyle = majority(
      at.map((n) => n.heading.style),
      OFFICIAL[level],
    );
    const consistent: HeadingNode[][] = [];
    for (const parent of parents(nodes)) {
      const group = at.filter((n) => n.parent === parent);
      if (group.length === 0) continue;
      const main = majority(
        group.map((n) => n.heading.style),
        docStyle,
      );
      const odd = group.filter((n) => n.heading.style !== main);
      if (odd.length === 0) consistent.push(group);
      else issues.push({ kind: "style-group", level, parent, odd, others: group.filter((n) => !odd.includes(n)) });
    }
    const groupStyles = consistent.map((g) => g[0]!.heading.style);
    if (new Set(groupStyles).size < 2) continue;
    const main = majority(
      consistent.flatMap((g) => g.map((n) => n.heading.style)),
      OFFICIAL[level],
    );
    const odd = consistent.filter((g) => g[0]!.heading.style !== main).flat();
    const others = consistent.filter((g) => g[0]!.heading.style === main).map((g) => g[0]!);
    issues.push({ kind: "style-document", level, odd, others });
  }
}

/** The outline of a workbook's report (with 第N部分 read as a level), computed once for all the rules that ask. */
export function reportOutline(report: Report): Outline {
  let outline = outlineCache.get(report);
  if (!outline)
    outlineCache.set(
      report,
      (outline = analyseOutline(
        report.paragraphs.map((p) => p.text),
        { parts: true },
      )),
    );
  return outline;
}

const outlineCache = new WeakMap<Report, Outline>();

/** The outline of a report's paragraphs and its numbering issues, in the order found; with `parts`, 第N部分
 *  is read as a level above 一、. */
export function analyseOutline(paragraphs: readonly string[], options: { readonly parts?: boolean } = {}): Outline {
  const nodes: HeadingNode[] = [];
  paragraphs.forEach((text, index) => {
    const heading = parseHeading(text, options.parts);
    if (heading) nodes.push({ index, heading, level: heading.level, parent: null });
  });
  link(nodes);
  const issues: OutlineIssue[] = [];
  fillGaps(nodes, issues);
  fixLevels(nodes, issues);
  sequences(nodes, paragraphs, issues);
  unnumberedSections(nodes, paragraphs, issues);
  skippedLevels(nodes, issues);
  styles(nodes, issues);
  paragraphs.forEach((text, index) => {
    const inline = inlineNumbering(text);
    if (inline) issues.push({ kind: "inline", index, ...inline });
  });
  return { nodes, issues };
}

/**
 * The paragraphs of a heading's section: from the heading to the next heading at its level or above (its
 * sub-sections included), as [start, end) indices; the heading's own paragraph first.
 */
export function sectionOf(outline: Outline, node: HeadingNode, paragraphCount: number): { start: number; end: number } {
  const next = outline.nodes.find((n) => n.index > node.index && n.level <= node.level);
  return { start: node.index, end: next ? next.index : paragraphCount };
}
