/**
 * The report's words as a 财政局 reviewer writes them: Chinese only in what jixiao says (no "and", "etc", "N/A"
 * in a Chinese sentence), text quoted from the workbook tidied the way a reviewer would retype it, an indicator
 * past its target at its real proportion, and a reason that the sheet does not give asked for, never invented.
 * On both samples, in both outlines, and on generated workbooks.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readModel } from "../src/core/model/read";
import type { WorkbookModel } from "../src/core/model/types";
import { composeReport, passagesOf, type OutlineId, type Passage } from "../src/core/narrative/index";
import { quotedText, saysNothing } from "../src/core/narrative/writer";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { generatedWorkbook, withCell } from "./helpers/generated-workbook";
import { reportModel } from "./helpers/report-model";
import { sampleSnapshot } from "./helpers/sample-snapshot";

/** Figures that quote text people wrote: checked for English stand-ins, not for Latin letters (COP15 is a name). */
const QUOTED = new Set(["偏差原因分析及改进措施", "未执行原因"]);
const STAND_IN = /(?<![A-Za-z])(?:and|etc\.?|N\/A|e\.g\.|i\.e\.|or|vs\.?)(?![A-Za-z])/i;

/** jixiao's own words in a passage: its text without the names and texts it takes from cells. */
function ownWords(p: Passage): string {
  let out = "";
  let at = 0;
  for (const f of [...p.figures].sort((a, b) => a.start - b.start)) {
    out += p.text.slice(at, f.start);
    // Figures jixiao computes or formats (amounts, rates, scores) are its own writing; names and quoted texts
    // are the workbook's.
    if (!/[\u4e00-\u9fff]/.test(f.text) && !QUOTED.has(f.label)) out += f.text;
    at = f.end;
  }
  return out + p.text.slice(at);
}

function expectChineseOnly(passages: readonly Passage[], where: string): void {
  for (const p of passages) {
    expect(ownWords(p), `${where}: ${p.text}`).not.toMatch(/[A-Za-z]/);
    for (const f of p.figures.filter((f) => QUOTED.has(f.label)))
      expect(f.text, `${where}: ${f.label}`).not.toMatch(STAND_IN);
  }
}

function compose(model: WorkbookModel, outline: OutlineId, fresh: boolean) {
  return composeReport(fresh ? { ...model, report: null } : model, { profile: DEFAULT_PROFILE, outline });
}

/** Every passage jixiao writes for a model: the report's, and its proposals beside what people wrote. */
function allPassages(model: WorkbookModel, outline: OutlineId, fresh: boolean): Passage[] {
  const doc = compose(model, outline, fresh);
  return [...passagesOf(doc), ...doc.nodes.flatMap((n) => n.proposal ?? [])];
}

describe("text quoted from the workbook", () => {
  it("has English stand-ins in Chinese and no spaces around its figures, as a reviewer would retype it", () => {
    expect(quotedText("卧龙派出所装修及设备 etc 6 个项目，将在 2023 年实施")).toBe(
      "卧龙派出所装修及设备等6个项目，将在2023年实施",
    );
    expect(quotedText("依法管理户籍、特种行业等工作 and 集会、游行、示威活动")).toBe(
      "依法管理户籍、特种行业等工作和集会、游行、示威活动",
    );
    expect(quotedText("部分设备e.g.执法记录仪未到货")).toBe("部分设备如执法记录仪未到货");
    expect(quotedText("全力做好 COP15 大会安保")).toBe("全力做好COP15大会安保");
    // Names and codes stay as written; so do the spaces between Chinese words.
    expect(quotedText("“R&D”经费 COP15")).toBe("“R&D”经费COP15");
    expect(quotedText("《中共南昌市委 南昌市人民政府关于全面实施预算绩效管理的实施意见》")).toBe(
      "《中共南昌市委 南昌市人民政府关于全面实施预算绩效管理的实施意见》",
    );
  });

  it("says nothing when the cell says “N/A”, “无”, “/” or “—”: then no reason is given", () => {
    for (const t of ["", "  ", "N/A", "n/a", "NA", "无", "/", "—", "——", "-"]) expect(saysNothing(t), t).toBe(true);
    for (const t of ["无法按期完成", "受疫情影响"]) expect(saysNothing(t), t).toBe(false);
  });
});

describe("no English words in anything jixiao writes", () => {
  for (const id of ["000-honggutan-2022", "002-chenggong-2021"]) {
    for (const outline of ["自评报告", "评价报告"] as const) {
      for (const fresh of [false, true]) {
        it(`${id}, ${outline}${fresh ? ", a new report" : ", beside the workbook's report"}`, async () => {
          const model = readModel(await sampleSnapshot(id));
          expectChineseOnly(allPassages(model, outline, fresh), `${id} ${outline}`);
        });
      }
    }
  }

  it("on generated workbooks, with English stand-ins typed into every 偏差原因 and 未执行原因", () => {
    const reasons = ["受疫情影响 etc 未完成", "设备未到货 and 未安装", "N/A", "部分项目 e.g. 智慧小区 未验收"];
    fc.assert(
      fc.property(
        generatedWorkbook,
        fc.constantFrom("自评报告" as const, "评价报告" as const),
        fc.nat(),
        (g, outline, k) => {
          let snapshot = g.snapshot;
          g.places.indicators.forEach((p, i) => {
            snapshot = withCell(snapshot, p.reason, reasons[(k + i) % reasons.length]!);
          });
          const model = readModel(snapshot);
          const budget = model.budget;
          if (budget) {
            budget.rows.forEach((r, i) => {
              if (r.reason) snapshot = withCell(snapshot, r.reason.ref, reasons[(k + i) % reasons.length]!);
            });
          }
          expectChineseOnly(allPassages(readModel(snapshot), outline, true), outline);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("an indicator past its target", () => {
  it("states its real proportion, and quotes the sheet's reason where there is one", async () => {
    const snapshot = await sampleSnapshot("000-honggutan-2022");
    const model = readModel(snapshot);
    const rows = model.indicators!.rows;
    const cases = rows.find((r) => r.third?.text === "化解矛盾纠纷案件")!;
    const reasonColumn = rows.find((r) => r.reason)!.reason!.ref.col;
    const ref = { sheet: cases.third!.ref.sheet, row: cases.third!.ref.row, col: reasonColumn };
    const withReason = readModel(withCell(snapshot, ref, "全年矛盾纠纷多发，年度指标值设定偏低，下一年度将据实调整"));
    const text = (m: WorkbookModel) =>
      passagesOf(compose(m, "自评报告", true)).find((p) => p.text.includes("化解矛盾纠纷案件（"))!.text;
    expect(text(model)).toContain("完成年度绩效指标值的356.45%，超额完成。");
    expect(text(model)).not.toContain("完成年度绩效指标值的100%");
    expect(text(withReason)).toContain(
      "完成年度绩效指标值的356.45%，超额完成。偏差原因：全年矛盾纠纷多发，年度指标值设定偏低，下一年度将据实调整。",
    );
    // The proportion is traced to the two cells it divides.
    const p = passagesOf(compose(model, "自评报告", true)).find((p) => p.text.includes("化解矛盾纠纷案件（"))!;
    const f = p.figures.find((f) => f.text === "356.45%")!;
    expect(f.refs).toEqual([cases.actual!.ref, cases.target!.ref]);
  });
});

describe("targets, actuals and causes in a reviewer's words", () => {
  const indicators = [
    {
      一级指标: "产出指标",
      二级指标: "数量指标",
      三级指标: "新建视频监控点位",
      年度指标值: "≥300个",
      实际完成值: 301,
      分值: 10,
      得分: 10,
    },
    {
      一级指标: "产出指标",
      二级指标: "质量指标",
      三级指标: "重点场所巡查覆盖率",
      年度指标值: "≥100%",
      实际完成值: "100%",
      分值: 10,
      得分: 10,
    },
    {
      一级指标: "产出指标",
      二级指标: "时效指标",
      三级指标: "证件办理时限",
      年度指标值: "≤5个工作日",
      实际完成值: "3个工作日",
      分值: 5,
      得分: 5,
    },
  ];
  const doc = composeReport(reportModel({ paragraphs: [], indicators }), { profile: DEFAULT_PROFILE });
  const texts = passagesOf(doc).map((p) => p.text);

  it("gives a bare actual the target's unit (301 against ≥300个: 301个)", () => {
    expect(texts).toContain(
      "（1）新建视频监控点位（指标分数10分，实际得分10分）：年度指标值不少于300个，实际完成301个，完成年度绩效指标值的100.33%，超额完成。",
    );
  });

  it("reads a rate of at least 100% as 100% to reach, and a time limit as 不超过", () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        "2、重点场所巡查覆盖率达到100%。",
        "3、证件办理时限不超过5个工作日。",
        "（1）重点场所巡查覆盖率（指标分数10分，实际得分10分）：年度指标值为100%，实际完成100%，完成年度绩效指标值的100%。",
      ]),
    );
  });

  it("puts a department's low rate down to 基本支出/项目支出, or to its projects, three named and the count", () => {
    const budget = (names: string[]) =>
      reportModel({
        paragraphs: [],
        budget: [
          ...names.map((项目名称) => ({ 项目名称, 全年预算数: 100, 全年执行数: 50, 执行率: 0.5 })),
          { 项目名称: "合计", 全年预算数: 100 * names.length, 全年执行数: 50 * names.length, 执行率: 0.5 },
        ],
      });
    const cause = (names: string[]) =>
      passagesOf(composeReport(budget(names), { profile: DEFAULT_PROFILE }))
        .find((p) => p.slot === "problems/low/total")
        ?.text.match(/主要是.*$/)?.[0];
    expect(cause(["项目甲", "项目乙"])).toBe("主要是项目甲、项目乙预算执行率偏低所致。");
    expect(cause(["项目甲", "项目乙", "项目丙", "项目丁", "项目戊"])).toBe(
      "主要是项目甲、项目乙、项目丙等5个项目预算执行率偏低所致。",
    );
  });
});
