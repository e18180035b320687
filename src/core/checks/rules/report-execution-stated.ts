/**
 * report-execution-stated: a section about the execution of the funds (“2.项目资金执行情况分析”, “（五）当年部门预算
 * 及执行情况”) that states no amount and no rate, in a report that states no amount spent and no 预算执行率
 * anywhere else — haikou-xiuying-shuiwu-2022: “该专项资金已按合同规定完成对该项目进度的支付。” under 105万元
 * released, so 执行率 = 执行数 ÷ 105 cannot be worked out.
 *
 * Warning: the figure the reviewer needs first is missing; it may stand in an attached table the sheet does not
 * hold, so the report is asked to state it rather than being called wrong. An empty section (a heading with
 * nothing under it) is left alone: that is a gap of another kind.
 */
import { figuresIn } from "../report/figures-in-text";
import { findingAt } from "../report/finding-at";
import { statedExecution } from "../report/execution";
import { reportOutline, sectionOf } from "../report/headings";
import { isSpent } from "../report/shares";
import { quote } from "../report/text";
import type { Finding, Rule } from "../types";

/** A heading about the execution of money: 资金执行情况, 预算及执行情况, 支出执行情况 (not 绩效目标执行情况). */
const EXECUTION_TITLE = /(?:资金|预算|支出|经费)[^，。]{0,4}执行情况|^执行情况/;
/** A rate of execution under any of its names, or the words that say all of it was spent. */
const RATE_WORDS = /(?:执行|支付|支出|拨付)(?:率|进度)/;
const ALL_SPENT = /全额(?:支付|拨付)|全部(?:支付|拨付|执行)(?:完毕)?|已全部使用/;
/** A table of contents' line: a heading followed by its page number ("二、预算编制及执行情况 3"). */
const CONTENTS_LINE = /(?:\s|…|\.{2,})\d{1,3}\s*$/;

/** The text a heading's paragraph carries after its title ("2.项目资金执行情况分析。项目资金共8010万元…"). */
function ownText(paragraph: string, marker: string): string {
  const rest = paragraph.trim().slice(marker.length);
  const cut = rest.search(/[。:：;；]/);
  return cut < 0 ? "" : rest.slice(cut + 1);
}

/** Whether a text states execution without an amount: 支付率100%, 项目资金已全额支付. */
function statesExecution(text: string): boolean {
  return ALL_SPENT.test(text) || figuresIn(text).some((f) => f.kind === "percent" && RATE_WORDS.test(f.label));
}

export const rule: Rule = {
  id: "report-execution-stated",
  severity: "warning",
  title: "报告预算执行情况未写执行数或执行率",
  description:
    "报告中写资金（预算）执行情况的一节应写明执行数（支出数）和预算执行率：这是审核人首先要核的数字。该节没有任何金额或比率、全文也没有写执行数或执行率的，提示补写（警告：数字可能在所附表格中）。只有标题、下面没有正文的空节不在此列。",
  why: "警告：执行数和执行率可能写在所附表格中，正文未写不等于数字有误，提示补写。",
  check(model) {
    const report = model.report;
    if (!report) return [];
    const texts = report.paragraphs.map((p) => p.text);
    const outline = reportOutline(report);
    let statedElsewhere: boolean | undefined;
    const findings: Finding[] = [];
    for (const node of outline.nodes) {
      const title = node.heading.title;
      if (!EXECUTION_TITLE.test(title) || CONTENTS_LINE.test(texts[node.index]!)) continue;
      const { start, end } = sectionOf(outline, node, texts.length);
      const own = ownText(texts[start]!, node.heading.marker);
      const body = [own, ...texts.slice(start + 1, end)];
      if (body.every((t) => t.trim() === "")) continue;
      const figures = body.flatMap((t) => figuresIn(t)).filter((f) => !f.year);
      if (figures.some((f) => f.kind === "money" || f.kind === "percent") || statesExecution(body.join(""))) continue;
      statedElsewhere ??=
        statedExecution(texts)?.written === true ||
        texts.some((t) => statesExecution(t) || figuresIn(t).some((f) => f.kind === "money" && isSpent(f.label)));
      if (statedElsewhere) continue;
      const at = own.trim() !== "" ? start : texts.findIndex((t, i) => i > start && i < end && t.trim() !== "");
      findings.push(
        findingAt(rule, {
          refs: [report.paragraphs[at]!.ref],
          message:
            `“${quote(texts[start]!, 16)}”一节只写“${quote(body.join("").trim(), 20)}”，没有写执行数（支出数）和预算执行率，` +
            `全文也没有：预算执行率 = 执行数 ÷ 预算数无从核对，应补写。`,
        }),
      );
    }
    return findings;
  },
};
