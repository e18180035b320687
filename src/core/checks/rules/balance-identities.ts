/**
 * The identities of the 资产负债表 (会政财01表, GUIDE §5): 资产总计 = 流动资产合计 + 非流动资产合计; 负债合计 =
 * 流动负债合计 + 非流动负债合计; 负债和净资产总计 = 负债合计 + 净资产合计; 资产总计 = 负债和净资产总计. For 年末数
 * and 年初数, within the sum tolerance, only where every term of the identity is given ("—" counts as 0).
 * No fix: which figure is wrong is not known.
 */
import { sub, sum } from "../../decimal";
import type { BalanceItem, BalanceKey } from "../../model/types";
import { amountIn, money } from "../amounts";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

const NAMES: Record<BalanceKey, string> = {
  currentAssets: "流动资产合计",
  nonCurrentAssets: "非流动资产合计",
  totalAssets: "资产总计",
  currentLiabilities: "流动负债合计",
  nonCurrentLiabilities: "非流动负债合计",
  totalLiabilities: "负债合计",
  accumulatedSurplus: "累计盈余",
  netAssets: "净资产合计",
  totalLiabilitiesAndNetAssets: "负债和净资产总计",
};

/** [the stated total, its terms]. */
const IDENTITIES: readonly (readonly [BalanceKey, readonly BalanceKey[]])[] = [
  ["totalAssets", ["currentAssets", "nonCurrentAssets"]],
  ["totalLiabilities", ["currentLiabilities", "nonCurrentLiabilities"]],
  ["totalLiabilitiesAndNetAssets", ["totalLiabilities", "netAssets"]],
  ["totalAssets", ["totalLiabilitiesAndNetAssets"]],
];

const COLUMNS = [
  ["end", "年末数"],
  ["begin", "年初数"],
] as const;

export const rule: Rule = {
  id: "balance-identities",
  severity: "error",
  title: "资产负债表勾稽关系不符",
  description:
    "资产负债表中，资产总计应等于流动资产合计与非流动资产合计之和，负债合计应等于流动负债合计与非流动负债合计之和，负债和净资产总计应等于负债合计与净资产合计之和，资产总计应等于负债和净资产总计；年末数、年初数分别核对，各项均已填列时才核对。",
  why: "错误：资产负债表的勾稽关系不成立，由表中数字即可证明有误。",
  check(model, { profile }) {
    const sheet = model.balance;
    if (!sheet) return [];
    const unit = sheet.unit.unit;
    const item = (key: BalanceKey): BalanceItem | undefined => sheet.items.find((i) => i.key === key);
    const findings: Finding[] = [];
    for (const [column, columnName] of COLUMNS) {
      for (const [totalKey, termKeys] of IDENTITIES) {
        const totalCell = item(totalKey)?.[column] ?? null;
        const stated = amountIn(totalCell, unit);
        if (!totalCell || typeof stated !== "number") continue;
        const terms = termKeys.map((key) => {
          const cell = item(key)?.[column] ?? null;
          return { key, cell, value: amountIn(cell, unit) };
        });
        const values: number[] = [];
        for (const t of terms) if (typeof t.value === "number") values.push(t.value);
        if (values.length !== terms.length) continue;
        const expected = sum(values);
        const difference = Math.abs(sub(stated, expected));
        if (difference <= profile.tolerances.sum) continue;
        const other =
          terms.length === 1
            ? `${NAMES[termKeys[0]!]}${columnName} ${money(expected, unit)}`
            : `${terms.map((t, i) => `${NAMES[t.key]} ${money(values[i]!, unit)}`).join(" + ")} = ${money(expected, unit)}`;
        findings.push(
          findingOf(rule, {
            refs: [totalCell.ref, ...terms.map((t) => t.cell!.ref)],
            message: `${NAMES[totalKey]}${columnName} ${money(stated, unit)}，不等于${other}，相差 ${money(difference, unit)}`,
            expected,
            actual: stated,
          }),
        );
      }
    }
    return findings;
  },
};
