/**
 * template-prompt: a text cell or report paragraph that still holds the template's instructions instead of the
 * unit's own words — qingshen-fagaiju-2023: 评价结论 "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。
 * (200字以内)", 存在问题 "结合自评情况,分析存在的问题及原因。(200字以内)", 改进措施 "针对项目自评中发现的问题,提出
 * 下一步改进完善的意见及有关政策性建议。(200字以内)".
 *
 * A prompt is a short text (at most 80 characters) that states a word limit in brackets ("（200字以内）", "(限100字)",
 * "（不超过200字）") and tells the reader what to write (说明, 分析, 提出, 填写, 简述, 结合, 对照, 针对 …). Read in the
 * 绩效自评表's texts (评价结论, 存在问题, 改进措施 …), its 偏差原因 cells, the unit facts and the report's paragraphs.
 * Warning: nothing is miscounted, but the section the reviewer reads is empty.
 */
import type { CellRef } from "../../model/types";
import { findingOf } from "../finding";
import { normalize, quote } from "../report/text";
import type { Finding, Rule } from "../types";

const WORD_LIMIT = /\(\s*(?:限|不超过|不多于|控制在)?\s*\d{2,4}\s*字(?:以内|以下|左右|内)?\s*\)/;
const INSTRUCTION = /说明|分析|提出|填写|填报|简述|概述|描述|阐述|结合|对照|针对|请/;

/** Whether a text is a template's prompt rather than a unit's words. */
export function isPrompt(text: string): boolean {
  if (!text.includes("字") || text.length > 120) return false;
  const t = normalize(text).trim();
  return [...t].length <= 80 && WORD_LIMIT.test(t) && INSTRUCTION.test(t.replace(WORD_LIMIT, ""));
}

export const rule: Rule = {
  id: "template-prompt",
  severity: "warning",
  title: "仍是模板的填写说明",
  description:
    "评价结论、存在问题、改进措施、年度目标完成情况等栏目和报告段落，应写本单位的内容；仍是模板的填写说明（如“结合自评情况，分析存在的问题及原因。（200字以内）”）的，等于没有填写，审核时会退回。",
  why: "警告：仍是模板的填写说明，等于该栏未写；不涉及数字，但审核时会要求补写。",
  check(model) {
    const texts: { label: string; text: string; ref: CellRef }[] = [];
    for (const t of model.indicators?.texts ?? []) texts.push({ label: t.label, text: t.value.text, ref: t.value.ref });
    for (const r of model.indicators?.rows ?? [])
      if (r.reason) texts.push({ label: "偏差原因分析及改进措施", text: r.reason.text, ref: r.reason.ref });
    for (const f of model.unit.facts)
      if (typeof f.value.raw === "string") texts.push({ label: f.label, text: f.value.raw, ref: f.value.ref });
    for (const p of model.report?.paragraphs ?? []) texts.push({ label: "", text: p.text, ref: p.ref });
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const t of texts) {
      const key = `${t.ref.sheet}!${t.ref.row}:${t.ref.col}`;
      if (seen.has(key) || !isPrompt(t.text)) continue;
      seen.add(key);
      findings.push(
        findingOf(rule, {
          refs: [t.ref],
          message:
            `${t.label ? `“${t.label}”一栏` : "此段"}仍是模板的填写说明“${quote(t.text, 40)}”，` +
            `应换成本单位${t.label ? `的${t.label}` : "的内容"}。`,
        }),
      );
    }
    return findings;
  },
};
