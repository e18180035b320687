/**
 * The report on the checker's large workbook (10,000 budget rows, 2,000 indicators, a report of its own): the
 * model read first (the baseline: what any host does before composing), then composing the report, rendering it
 * as text, planning its fill, and writing it as a Word document with the 绩效自评表 appended. And the Word
 * document of sample 000, as a reviewer would export it.
 */
import { readFileSync } from "node:fs";
import { readModel } from "../src/core/model/read";
import { composeReport, planFill, reportOf, reportText } from "../src/core/narrative/index";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { reportToDocx } from "../src/export/word";
import { readXlsx } from "../src/workbook/xlsx";
import { largeWorkbook } from "./large-workbook";
import { measureAsync, measureMs, type MsRow } from "./measure";

export interface ReportBench {
  readonly rows: MsRow[];
  readonly facts: string[];
}

export async function benchReport(): Promise<ReportBench> {
  const snapshot = largeWorkbook();
  const model = readModel(snapshot);
  const profile = DEFAULT_PROFILE;
  const read = measureMs("baseline: readModel", () => void readModel(snapshot), 7);
  const compose = measureMs("composeReport", () => void composeReport(model, { profile }), 15);
  const doc = composeReport(model, { profile });
  const text = measureMs("reportText", () => void reportText(doc), 15);
  const fill = measureMs("planFill", () => void planFill(snapshot, doc), 7);
  let size = 0;
  const docx = await measureAsync(
    "reportToDocx (Word, with the 绩效自评表)",
    async () => {
      size = (await reportToDocx(doc)).length;
    },
    3,
  );
  const sampleBytes = readFileSync("samples/000-honggutan-2022.xlsx");
  const sample = await readXlsx(sampleBytes);
  const sampleDoc = reportOf(sample, readModel(sample), { profile });
  let sampleSize = 0;
  const sampleDocx = await measureAsync(
    "sample 000: reportToDocx",
    async () => {
      sampleSize = (await reportToDocx(sampleDoc)).length;
    },
    5,
  );
  const passages = doc.blocks.filter((b) => b.kind === "passage").length;
  return {
    rows: [read, compose, text, fill, docx, sampleDocx],
    facts: [
      `large workbook: ${doc.blocks.length.toLocaleString("en")} blocks, ${passages.toLocaleString("en")} passages written, ` +
        `.docx ${(size / 1024).toFixed(0)} KB; sample 000 .docx ${(sampleSize / 1024).toFixed(0)} KB`,
    ],
  };
}
