/**
 * The opening of a report that has none yet: "按照预算绩效管理有关要求，南昌市公安局红谷滩分局对2022年度部门整体
 * 支出开展了绩效自评，现将自评情况报告如下：" It names no document: the 文号 of the notices are for people to add.
 */
import { writeUnit, writeYear, type NarrativeContext } from "../context";
import type { OutlineId, Passage } from "../types";
import { PassageWriter } from "../writer";

export function preamblePassage(ctx: NarrativeContext, outline: OutlineId): Passage[] {
  const what = outline === "自评报告" ? "自评" : "评价";
  const w = new PassageWriter().say("按照预算绩效管理有关要求，");
  writeUnit(w, ctx).say("对");
  writeYear(w, ctx).say(`度部门整体支出开展了绩效${what}，现将${what}情况报告如下：`);
  return [w.passage("preamble")];
}
