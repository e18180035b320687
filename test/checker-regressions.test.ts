// Regressions found by the whole-pipeline property tests (test/checker.property.test.ts), each shrunk to a
// minimal workbook read through readModel and checked by the one rule at fault. All four (A–D) are fixed; these
// tests keep them fixed.
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import type { Finding, Rule } from "../src/core/checks/types";
import { readModel } from "../src/core/model/read";
import type { CellValue, WorkbookSnapshot } from "../src/core/model/snapshot";
import type { CellRef } from "../src/core/model/types";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { sheet, workbook } from "./helpers/workbook";
import { withCell } from "./helpers/generated-workbook";

const NATIONAL = DEFAULT_PROFILE;

const rule = (id: string): Rule => CATALOGUE.find((r) => r.id === id)!;

function check(snapshot: WorkbookSnapshot, id: string): Finding[] {
  return runChecks(readModel(snapshot), NATIONAL, [rule(id)]);
}

const points = (f: Finding, sheetName: string, row: number, col: number): boolean =>
  f.refs.some((r) => r.sheet === sheetName && r.row === row && r.col === col);

/** The snapshot with every write of the fixes applied. */
function applyFixes(snapshot: WorkbookSnapshot, findings: readonly Finding[]): WorkbookSnapshot {
  let out = snapshot;
  for (const f of findings) for (const w of f.fix?.writes ?? []) out = withCell(out, w as CellRef, w.value);
  return out;
}

const HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "年度指标值",
  "度量单位",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];
const REASON = "受疫情影响部分工作推进缓慢，未完全达到年度指标值。";

/** 绩效自评表 with the indicator header on row 1, the given rows from row 2, then 总分 and 自评等级 (or nothing). */
function form(
  rows: readonly (readonly CellValue[])[],
  footer: readonly (readonly CellValue[])[] = [],
): WorkbookSnapshot {
  return workbook([sheet("绩效自评表", [HEADER, ...rows, ...footer])]);
}

// ---------------------------------------------------------------------------------------------------------
// A. A score finding that rests on the 实际完成值 does not point at it.
//
// Property: change one indicator's 实际完成值 so that its score no longer follows (GUIDE §3, §7 "a full score
// while the actual misses the target, less than full while it is met"). The checker catches it, but
// score-recomputed and score-below-full-target-met name only the 得分 cell in their refs, so the task pane
// highlights the score and offers to rewrite it, while the cell that was mistyped is the actual. Their sibling
// full-score-target-missed already gives [得分, 实际完成值]. Rules at fault: src/core/checks/rules/
// score-recomputed.ts and score-below-full-target-met.ts (refs: [ref] only).

describe("A. score findings point at the 实际完成值 they rest on", () => {
  it("score-recomputed: 设备验收合格率 ≥98%, actual 93.1, 得分 1.12 of 2 (the score of 54.8)", () => {
    const snapshot = form([["产出指标", "质量指标", "设备验收合格率", "≥", "≥98%", "%", 93.1, 2, 1.12, REASON]]);
    const [f] = check(snapshot, "score-recomputed");
    expect(f?.message).toContain("得分应为 1.90 分");
    expect(points(f!, "绩效自评表", 2, 9)).toBe(true); // I2, the 得分
    expect(points(f!, "绩效自评表", 2, 7)).toBe(true); // G2, the 实际完成值
  });

  it("score-below-full-target-met: 刑事案件破案率 ≥70%, actual 94.5 (met), 得分 4.25 of 5", () => {
    const snapshot = form([["效益指标", "社会效益指标", "刑事案件破案率", "≥", 70, "%", 94.5, 5, 4.25, REASON]]);
    const [f] = check(snapshot, "score-below-full-target-met");
    expect(f?.message).toContain("已达到年度指标值");
    expect(points(f!, "绩效自评表", 2, 7)).toBe(true); // G2, the 实际完成值
  });

  it("full-score-target-missed already points at both (the behaviour the other two should share)", () => {
    const snapshot = form([["产出指标", "质量指标", "设备验收合格率", "≥", "≥98%", "%", 93.1, 2, 2, null]]);
    const [f] = check(snapshot, "full-score-target-missed");
    expect(points(f!, "绩效自评表", 2, 9)).toBe(true);
    expect(points(f!, "绩效自评表", 2, 7)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------
// B. total-sum does not point at the scores it adds.
//
// Property: move a qualitative 得分 inside its grade's band (17 → 18 of 20 under 达成年度指标, with its reason).
// The row itself is still right by GUIDE §3, so the one finding is total-sum's; its refs hold only the 总分
// cell. Every other sum rule names its terms (weights-total every 分值, budget-subtotals the items,
// funds-total-parts the parts, balance-identities the terms), so the reviewer is shown where to look; total-sum
// alone does not. Rule at fault: src/core/checks/rules/total-sum.ts (refs: [totalCell.ref]).

describe("B. total-sum points at the scores it adds", () => {
  const rows = [
    [
      "效益指标",
      "可持续影响指标",
      "持续推进放管服改革",
      "定性",
      "持续推进放管服改革",
      null,
      "达成年度指标",
      20,
      18,
      REASON,
    ],
    ["满意度指标", "服务对象满意度指标", "社会公众满意度", "≥", 90, "%", 95, 10, 10, null],
  ];
  const snapshot = form(rows, [
    ["总分", null, null, null, null, null, null, null, 27],
    ["自评等级", null, null, null, null, null, null, null, "差"],
  ]);

  it("total-sum reports it, and no rule of the row does (18 of 20 is inside 达成年度指标's band, with a reason)", () => {
    const all = runChecks(readModel(snapshot), NATIONAL, CATALOGUE).filter((f) => f.severity !== "info");
    expect(all.map((f) => f.rule)).toContain("total-sum");
    const rowRules = ["qualitative-band", "score-above-weight", "reason-required", "score-recomputed"];
    expect(all.filter((f) => rowRules.includes(f.rule))).toEqual([]);
  });

  it("its refs include the 得分 cells summed (I2, I3), as weights-total's include every 分值", () => {
    const [f] = check(snapshot, "total-sum");
    expect(points(f!, "绩效自评表", 4, 9)).toBe(true); // the 总分
    expect(points(f!, "绩效自评表", 2, 9)).toBe(true);
    expect(points(f!, "绩效自评表", 3, 9)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------
// C. Fixes overwrite a value written after its label in one cell ("总分：90.84", "自评等级：优").
//
// The reader reads such footers (model/indicators.ts: "自评等级：优", inline values), and gives the value the
// label cell's ref and raw text. The fixes then write the bare value over the whole cell: the label is lost,
// and with it the 总分 or 等级 itself (the reader no longer finds it). DEVELOPERS.md: "loses nothing … never a
// silently wrong number". figures-as-text even does so on a consistent workbook: it calls "总分：90.84" a number
// stored as text and offers to write 90.84 over it (info, on every workbook in this layout).
// Rules at fault: figures-as-text.ts (treats the label cell as a text number), total-sum.ts and
// grade-fits-total.ts (writeFix writes the bare value into the label cell).

describe("C. fixes keep the label of an inline 总分 / 自评等级", () => {
  const row = ["产出指标", "数量指标", "采购应急处突装备", "=", "1批", "批", 1, 100, 100, null];

  it("figures-as-text does not offer to turn “总分：100” into 100", () => {
    const snapshot = form([row], [["总分：100"], ["自评等级：优"]]);
    expect(readModel(snapshot).indicators?.total?.figure).toMatchObject({ kind: "number", value: 100 });
    const findings = check(snapshot, "figures-as-text");
    const fixed = readModel(applyFixes(snapshot, findings));
    expect(fixed.indicators?.total?.figure).toMatchObject({ kind: "number", value: 100 });
  });

  it("total-sum's fix of “总分：90” keeps it a 总分 (100 after the fix)", () => {
    const snapshot = form([row], [["总分：90"], ["自评等级：优"]]);
    const findings = check(snapshot, "total-sum");
    expect(findings).toHaveLength(1);
    const fixed = readModel(applyFixes(snapshot, findings));
    expect(fixed.indicators?.total?.figure).toMatchObject({ kind: "number", value: 100 });
  });

  it("grade-fits-total's fix of “自评等级：良” keeps it a 自评等级 (优 after the fix)", () => {
    const snapshot = form([row], [["总分：100"], ["自评等级：良"]]);
    const findings = check(snapshot, "grade-fits-total");
    expect(findings).toHaveLength(1);
    const fixed = readModel(applyFixes(snapshot, findings));
    expect(fixed.indicators?.grade?.text).toBe("优");
  });
});

// ---------------------------------------------------------------------------------------------------------
// D. A 资产负债率 written after its label ("资产负债率：27.58%") is never checked.
//
// The reader reads "label：value" facts (model/unit-facts.ts findFacts), giving the value's text but the whole
// cell as raw. stated-ratio-cells parses cell.raw ("资产负债率：27.58%", not a figure) and skips the fact: a
// wrong ratio goes unreported, while the same figure in a cell of its own is caught. GUIDE §7: "a stated figure
// that disagrees with the data … (a ratio, a share …)". Rule at fault: src/core/checks/rules/
// stated-ratio-cells.ts (readingsOf parses cell.raw instead of the fact's value text).

describe("D. an inline 资产负债率 is checked like one in a cell of its own", () => {
  const balance = sheet("资产负债表", [
    ["资产部类", "年末数", "年初数", "负债和净资产部类", "年末数", "年初数"],
    ["流动资产合计", 1262.54, null, "流动负债合计", 388.73, null],
    ["非流动资产合计", 16204.95, null, "非流动负债合计", 0, null],
    [null, null, null, "负债合计", 388.73, null],
    [null, null, null, "净资产合计", 17078.76, null],
    ["资产总计", 17467.49, null, "负债和净资产总计", 17467.49, null],
  ]);
  const facts = (rows: readonly (readonly CellValue[])[]) =>
    sheet("单位基本情况", [["项目", "内容", "说明"], ["单位名称", "某局", null], ...rows]);

  it("in a cell of its own: 22.25% against 388.73 ÷ 17,467.49 = 2.23% is an error", () => {
    const snapshot = workbook([balance, facts([["资产负债率", "22.25%", null]])]);
    const findings = check(snapshot, "stated-ratio-cells");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("2.23%");
  });

  it("after its label in one cell: “资产负债率：22.25%” is the same error", () => {
    const snapshot = workbook([balance, facts([["资产负债率：22.25%"]])]);
    expect(readModel(snapshot).unit.facts.some((f) => f.label === "资产负债率")).toBe(true);
    const findings = check(snapshot, "stated-ratio-cells");
    expect(findings).toHaveLength(1);
  });
});
