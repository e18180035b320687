/**
 * report-outline: the report against the outline of its kind (GUIDE §6): 自评报告 一、部门基本概况 二、部门整体支出
 * 绩效实现情况 三、存在问题及改进措施 四、绩效自评结果拟应用和公开情况; 评价报告 一、基本情况 二、绩效评价工作情况
 * 三、主要绩效及评价结论 四、存在的问题 五、有关建议 六、其他需要说明的问题 (src/core/narrative/outlines.ts).
 *
 * Only a report that plainly follows one of the two (two thirds of its first-level sections recognised by their
 * own words, more than of the other's) is read, so the many local outlines (衔接资金, 决算, 项目支出 forms of each province) say
 * nothing here:
 * - a first-level section of that outline the report does not have ("缺少 三、存在问题及改进措施");
 * - a report that calls itself the one kind (自评报告 in its title or sheet name, and not the other) while it
 *   follows the other's outline.
 * Info: local practice varies and the 财政局's notice decides; worth knowing, not a reason to send it back.
 */
import { OUTLINES, type OutlineNode } from "../../narrative/outlines";
import type { OutlineId } from "../../narrative/types";
import { findingOf } from "../finding";
import { analyseOutline } from "../report/headings";
import { compact } from "../report/text";
import type { Finding, Rule } from "../types";

const KINDS: readonly OutlineId[] = ["自评报告", "评价报告"];

/**
 * Words that recognise each first-level section of an outline in a heading, stricter than the narrative's
 * (which must find a place for a passage in any report): "存在的问题" alone, or "建议" alone, is in every outline.
 */
const KEYS: Readonly<Record<OutlineId, readonly RegExp[]>> = {
  自评报告: [
    /基本概况|基本情况/,
    /绩效实现情况|支出绩效实现/,
    /问题及改进|问题和改进/,
    /结果拟?应用|应用和公开|应用及公开/,
  ],
  评价报告: [
    /基本情况/,
    /评价工作(?:开展)?情况/,
    /主要绩效|评价结论/,
    /存在的?问题$/,
    /有关建议|意见建议/,
    /其他需要说明/,
  ],
};

/** The first-level sections of an outline the report's first-level headings are recognised as. */
function recognised(titles: readonly string[], kind: OutlineId): Set<OutlineNode> {
  const matched = new Set<OutlineNode>();
  OUTLINES[kind].forEach((node, i) => {
    if (titles.some((t) => KEYS[kind][i]!.test(t))) matched.add(node);
  });
  return matched;
}

export const rule: Rule = {
  id: "report-outline",
  severity: "info",
  title: "报告提纲与报告类型不一致",
  description:
    "明显按自评报告或评价报告提纲撰写的报告（三分之二以上的一级部分对得上），缺少该提纲的某个一级部分的，或标题自称一种报告而提纲是另一种的，予以提示。各地提纲不尽相同，以财政局通知为准，故只作提示。",
  why: "提示：各地提纲不尽相同，以财政局通知为准，缺少某一部分不能证明有误。",
  check(model) {
    const report = model.report;
    if (!report) return [];
    const texts = report.paragraphs.map((p) => p.text);
    const outline = analyseOutline(texts);
    const firsts = outline.nodes.filter((n) => n.level === 1);
    const titles = firsts.map((n) => compact(texts[n.index]!.trim().slice(n.heading.marker.length)));
    const matched = new Map(KINDS.map((k) => [k, recognised(titles, k)] as const));
    // Plainly follows: two thirds of its first-level sections recognised, and more of them than of the other's.
    const plain = (k: OutlineId, other: OutlineId) =>
      matched.get(k)!.size * 3 >= OUTLINES[k].length * 2 && matched.get(k)!.size > matched.get(other)!.size;
    const follows: OutlineId | null = plain("自评报告", "评价报告")
      ? "自评报告"
      : plain("评价报告", "自评报告")
        ? "评价报告"
        : null;
    if (!follows) return [];
    const findings: Finding[] = [];
    const first = report.paragraphs[firsts[0]!.index]!;
    const missing = OUTLINES[follows].filter((n) => !matched.get(follows)!.has(n));
    if (missing.length > 0)
      findings.push(
        findingOf(rule, {
          refs: [first.ref],
          message:
            `报告按${follows}提纲撰写，缺少一级部分：` +
            `${missing.map((n) => `“${n.id}、${n.title}”`).join("")}（GUIDE 第 6 节）。如财政局通知另有提纲，以通知为准。`,
        }),
      );
    const opening = `${report.sheet}${texts.slice(0, firsts[0]!.index + 1).join("")}`;
    const calls = KINDS.filter((k) => opening.includes(k));
    if (calls.length === 1 && calls[0] !== follows)
      findings.push(
        findingOf(rule, {
          refs: [report.paragraphs[0]!.ref],
          message: `报告自称${calls[0]}，一级标题却按${follows}提纲编排（${[...matched.get(follows)!].map((n) => n.title).join("、")}）：标题与提纲应一致。`,
        }),
      );
    return findings;
  },
};
