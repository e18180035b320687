/**
 * 部门资产情况 (自评报告 一、（一）3), from the 资产负债表's 年末数, in the seed's words: "2022年年末，我单位资产
 * 总计17,467.49万元，其中流动资产1,262.54万元，占比7.23%；非流动资产16,204.96万元，占比92.77%。负债合计
 * 388.73万元，其中流动负债388.73万元，占比100%。净资产17,078.77万元，其中累计盈余17,078.77万元，占比100%。
 * 资产负债率为2.23%。" Parts that are 0 or not in the sheet are left out; a whole that is missing is a gap.
 */
import { amountIn } from "../../checks/amounts";
import { div } from "../../decimal";
import type { BalanceKey, BalanceSheet, CellRef } from "../../model/types";
import { writeUnit, writeYear, type NarrativeContext } from "../context";
import type { Passage } from "../types";
import { amountText, PassageWriter, rateText } from "../writer";

interface Item {
  readonly value: number;
  readonly ref: CellRef;
}

function itemOf(sheet: BalanceSheet, key: BalanceKey): Item | null {
  const item = sheet.items.find((i) => i.key === key);
  if (!item?.end) return null;
  const v = amountIn(item.end, sheet.unit.unit);
  return v === null || v === undefined || !Number.isFinite(v) ? null : { value: v, ref: item.end.ref };
}

const NAMES: Readonly<Record<BalanceKey, string>> = {
  currentAssets: "流动资产",
  nonCurrentAssets: "非流动资产",
  totalAssets: "资产总计",
  currentLiabilities: "流动负债",
  nonCurrentLiabilities: "非流动负债",
  totalLiabilities: "负债合计",
  accumulatedSurplus: "累计盈余",
  netAssets: "净资产",
  totalLiabilitiesAndNetAssets: "负债和净资产总计",
};

/** "资产总计X万元，其中流动资产Y万元，占比P；…" for a whole and its parts. */
function wholeWithParts(w: PassageWriter, sheet: BalanceSheet, whole: BalanceKey, parts: readonly BalanceKey[]): void {
  const u = sheet.unit.unit.text;
  const total = itemOf(sheet, whole);
  w.say(NAMES[whole]);
  if (!total) w.gap(`${NAMES[whole]}（资产负债表年末数）`).say(u);
  else w.figure(amountText(total.value), `${NAMES[whole]}年末数`, [total.ref]).say(u);
  const present = parts.flatMap((k) => {
    const item = itemOf(sheet, k);
    return item && item.value !== 0 ? [{ key: k, item }] : [];
  });
  present.forEach(({ key, item }, i) => {
    w.say(i === 0 ? "，其中" : "；").say(NAMES[key]);
    w.figure(amountText(item.value), `${NAMES[key]}年末数`, [item.ref]).say(u);
    if (total && total.value > 0) {
      w.say("，占比").figure(rateText(div(item.value, total.value)), `${NAMES[key]}占${NAMES[whole]}的比重`, [
        item.ref,
        total.ref,
      ]);
    }
  });
  w.say("。");
}

export function assetsPassage(ctx: NarrativeContext): Passage[] | null {
  const sheet = ctx.model.balance;
  if (!sheet) return null;
  const w = new PassageWriter();
  writeYear(w, ctx).say("年末，");
  writeUnit(w, ctx);
  wholeWithParts(w, sheet, "totalAssets", ["currentAssets", "nonCurrentAssets"]);
  wholeWithParts(w, sheet, "totalLiabilities", ["currentLiabilities", "nonCurrentLiabilities"]);
  wholeWithParts(w, sheet, "netAssets", ["accumulatedSurplus"]);
  const debt = itemOf(sheet, "totalLiabilities");
  const assets = itemOf(sheet, "totalAssets");
  w.say("资产负债率为");
  if (debt && assets && assets.value > 0) {
    w.figure(rateText(div(debt.value, assets.value)), "资产负债率（负债合计 ÷ 资产总计）", [debt.ref, assets.ref]);
  } else w.gap("资产负债率");
  w.say("。");
  return [w.passage("assets")];
}
