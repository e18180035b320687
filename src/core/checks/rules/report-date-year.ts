/**
 * report-date-year: figures the report gives "as at" the end of an earlier year than the one it evaluates —
 * xuwen-gonglu-2024: a 2024 report ("评价年度:2024", "现将2024年度…报告如下") gives its staff "截至 2023 年 12 月
 * 31日" (编制 36, 实有 34 …): the figures are a year old, or the date was left from last year's report.
 *
 * The year evaluated is the one the report's opening states (its title's "2024年度", a line "评价年度：2024"),
 * else the workbook's 年度. A date is read where the unit's own year-end facts follow it in its sentence (staff,
 * assets, balances: 编制, 实有, 人员, 资产, 结余 …, with figures): "截至/截止 YYYY年12月31日", "YYYY年末/年底";
 * not in a sentence that compares (较, 比, 同比, 上年, 增加, 减少), nor in a paragraph that gives the year-end
 * of the year evaluated as well; a project's background ("截至2021年底，累计建成电站50座") is not the unit's facts. Warning: the figures may be the latest available, but the report
 * must say so.
 */
import type { WorkbookModel } from "../../model/types";
import { figuresIn, isExact } from "../report/figures-in-text";
import { findingAt } from "../report/finding-at";
import { parseHeading } from "../report/headings";
import { normalize, quote, sentences } from "../report/text";
import type { Finding, Rule } from "../types";

const YEAR_END = /(?:截至|截止|至)\s*(\d{4})\s*年\s*(?:12\s*月\s*31\s*日|末|底)|(\d{4})\s*年\s*(?:年末|年底|末|底)/g;
const COMPARES = /较|比上|同比|上年|去年|增加|减少|增长|下降/;
/** The unit's own year-end facts: staff, assets and balances (not the background of a project). */
const OWN_FACTS = /编制|在职|实有|人员|职工|资产|负债|结转|结余|余额/;
const EVALUATED = [/评价年度\s*[:：]?\s*(\d{4})/, /(\d{4})\s*年度/];

/** The year the report evaluates: from its opening (before its first heading, and the first heading itself). */
export function evaluatedYear(model: WorkbookModel): number | null {
  const paragraphs = model.report?.paragraphs ?? [];
  const first = paragraphs.findIndex((p) => parseHeading(p.text) !== null);
  const opening = paragraphs.slice(0, first < 0 ? 5 : Math.min(first + 2, 8)).map((p) => normalize(p.text));
  for (const re of EVALUATED)
    for (const t of opening) {
      const m = re.exec(t);
      if (m && !/日期/.test(t.slice(0, m.index))) return Number(m[1]);
    }
  const y = model.unit.year?.figure;
  return y && y.kind === "number" ? y.value : null;
}

export const rule: Rule = {
  id: "report-date-year",
  severity: "warning",
  title: "报告数据时点不是评价年度",
  description:
    "报告所评价的年度（标题“××年度”、“评价年度”，或工作簿的年度）与报告所写单位人员、资产、结转结余等年末数的时点应一致：2024 年度的报告写“截至 2023 年 12 月 31 日”的编制、实有人数，要么数字是上一年的，要么日期沿用了上年报告。对比上年的句子不在此列。数字可能确为最新，故为警告，但应写明。",
  why: "警告：所写时点可能确为最新的数字，写明即可成立；也可能沿用了上年报告，请核对。",
  check(model) {
    const report = model.report;
    if (!report) return [];
    const year = evaluatedYear(model);
    if (year === null) return [];
    const findings: Finding[] = [];
    for (const p of report.paragraphs) {
      const text = normalize(p.text);
      const dates = [...text.matchAll(YEAR_END)].map((m) => ({ at: m.index, text: m[0], year: Number(m[1] ?? m[2]) }));
      if (dates.length === 0 || dates.some((d) => d.year === year)) continue;
      const spans = sentences(text);
      const figures = figuresIn(p.text);
      for (const d of dates) {
        if (d.year >= year) continue;
        const span = spans.find((s) => d.at >= s.start && d.at < s.end)!;
        const sentence = text.slice(span.start, span.end);
        const stated = figures.filter(
          (f) => f.start > d.at + d.text.length && f.start < span.end && isExact(f) && !f.year && f.kind !== null,
        );
        if (stated.length === 0 || COMPARES.test(sentence) || !OWN_FACTS.test(sentence)) continue;
        findings.push(
          findingAt(rule, {
            refs: [p.ref],
            message:
              `报告评价的是 ${year} 年度，而“${quote(text.slice(d.at, Math.min(span.end, stated[0]!.end)), 40)}”` +
              `所写是 ${d.year} 年末的数字：应改为 ${year} 年末的数字，或说明为何沿用。`,
            expected: year,
            actual: d.year,
          }),
        );
        break;
      }
    }
    return findings;
  },
};
