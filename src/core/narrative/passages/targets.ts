/**
 * 年度整体支出绩效目标 (自评报告 一、（三）; 评价报告 一、（二）): one numbered line for each indicator of the
 * table, in the seed's words — the indicator and its target: "1、采购应急处突装备1批。" "2、化解矛盾纠纷案件不少于
 * 2,000件。" "3、楼栋摸排率达到100%。" A qualitative target is a sentence of its own ("有效维护隔离点秩序稳定。"),
 * after the indicator's name where it does not name it ("营商环境改善：营商环境进一步优化。").
 */
import { marker, type NarrativeContext } from "../context";
import { boundWord, isRateTarget, readRow, targetWords, writtenSide } from "../indicator-words";
import type { Passage } from "../types";
import { PassageWriter } from "../writer";
import { writeIndicatorName } from "./indicators";

export function targetsPassages(ctx: NarrativeContext): Passage[] | null {
  const rows = ctx.model.indicators?.rows ?? [];
  if (rows.length === 0) return null;
  return rows.map((row, i) => {
    const { name, qualitative, quantity: q } = readRow(row);
    const refs = row.target ? [row.target.ref] : [];
    const w = new PassageWriter().say(marker(ctx, 3, i + 1));
    if (q && !qualitative) {
      writeIndicatorName(w, row, name);
      if (boundWord(q, row) === null && isRateTarget(q, row)) w.say("达到");
      w.figure(targetWords(q, row), "年度指标值", refs);
    } else {
      const written = writtenSide(row.target, row.unit);
      if (written !== null && name !== "" && written.includes(name)) {
        // "有效维护隔离点秩序稳定" names 维护隔离点秩序稳定; "持续推进放管服改革" is the name itself.
        w.figure(written, "年度指标值", refs);
      } else {
        writeIndicatorName(w, row, name).say("：");
        if (written === null) w.gap("年度指标值");
        else w.figure(written, "年度指标值", refs);
      }
    }
    w.say("。");
    return w.passage(`targets/${name || i + 1}`);
  });
}
