/**
 * What jixiao writes passes jixiao's own checker: the passages composed for a workbook, put into its report,
 * raise no finding about the report (the figures, shares, ratios, scores and completions the report rules
 * read). On the samples, and on generated consistent workbooks of many layouts; and a figure changed in a
 * passage is caught, so the passes are not for want of reading.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import type { Finding } from "../src/core/checks/types";
import { readModel } from "../src/core/model/read";
import type { WorkbookModel } from "../src/core/model/types";
import { composeReport, type ReportDocument } from "../src/core/narrative/index";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { generatedWorkbook } from "./helpers/generated-workbook";
import { sampleSnapshot } from "./helpers/sample-snapshot";

const SHEET = "报告";

/** The model with the document as its report: one paragraph a row of column A. */
function withReport(model: WorkbookModel, doc: ReportDocument, edit = (t: string) => t): WorkbookModel {
  const texts = doc.blocks.flatMap((b) =>
    b.kind === "passage" ? [edit(b.passage.text)] : b.kind === "place" ? [] : [b.text],
  );
  return {
    ...model,
    report: { sheet: SHEET, paragraphs: texts.map((text, i) => ({ text, ref: { sheet: SHEET, row: i + 1, col: 1 } })) },
    sheets: [...model.sheets, SHEET],
  };
}

const aboutReport = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.severity !== "info" && (f.sheet === SHEET || f.refs.some((r) => r.sheet === SHEET)));

const show = (findings: readonly Finding[]) => findings.map((f) => `${f.rule} ${f.cell} ${f.message}`).join("\n");

describe("the composed report checked", () => {
  for (const id of ["000-honggutan-2022", "002-chenggong-2021"]) {
    for (const outline of ["自评报告", "评价报告"] as const) {
      it(`${id}, ${outline}: no finding about the report`, async () => {
        const model = readModel(await sampleSnapshot(id));
        const doc = composeReport({ ...model, report: null }, { profile: DEFAULT_PROFILE, outline });
        const found = aboutReport(runChecks(withReport(model, doc), DEFAULT_PROFILE, CATALOGUE));
        expect(show(found)).toBe("");
      });
    }
  }

  it("a wrong figure put into a passage is caught (the checker does read them)", async () => {
    const model = readModel(await sampleSnapshot("000-honggutan-2022"));
    const doc = composeReport({ ...model, report: null }, { profile: DEFAULT_PROFILE });
    const cases: [string, string, string][] = [
      ["资产负债率为2.23%", "资产负债率为22.25%", "report-figures"],
      ["项目支出16,654.12万元", "项目支出16,954.12万元", "report-figures"],
      ["完成年度绩效指标值的85%", "完成年度绩效指标值的90%", "report-text-score"],
      ["总分90.84分", "总分91.84分", "report-figures"],
    ];
    for (const [from, to, rule] of cases) {
      const edited = withReport(model, doc, (t) => t.replace(from, to));
      const found = aboutReport(runChecks(edited, DEFAULT_PROFILE, CATALOGUE));
      expect(
        found.map((f) => f.rule),
        `${from} → ${to}`,
      ).toContain(rule);
    }
  });

  it("on generated consistent workbooks, in both outlines, nothing about the report is raised", () => {
    fc.assert(
      fc.property(generatedWorkbook, fc.constantFrom("自评报告" as const, "评价报告" as const), (g, outline) => {
        const model = readModel(g.snapshot);
        const doc = composeReport({ ...model, report: null }, { profile: DEFAULT_PROFILE, outline });
        const text = doc.blocks.map((b) => (b.kind === "passage" ? b.passage.text : "")).join("\n");
        expect(text).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
        const found = aboutReport(runChecks(withReport(model, doc), DEFAULT_PROFILE, CATALOGUE));
        expect(show(found)).toBe("");
      }),
      { numRuns: 60 },
    );
  });
});
