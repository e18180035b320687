/**
 * Reading report documents (src/workbook/document/): PDFs of 15 and 100 pages and the same text as .docx and .txt,
 * against pdf.js's own text extraction of the same pages (the floor: what any reading of the PDF costs).
 *
 * Then `jixiao check` as the command line runs it, on those PDFs alone and on sample 000's workbook with its
 * report (--report), against `jixiao check` on sample 000's .xlsx in the same run.
 *
 * The files are seed 000's report (南昌市公安局红谷滩分局, about 4.5 pages as LibreOffice prints its .txt) repeated
 * 3 and 23 times (about 15 and 100 pages), made by LibreOffice into bench/output/ on the first run (it needs
 * libreoffice-writer-nogui, poppler-utils and fonts-noto-cjk), and the project's own Word export of sample 000
 * printed to PDF (GB/T 9704: 13 pages).
 *
 *   npx tsx bench/document.bench.ts
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkDocument, checkFile, checkPair } from "../src/cli/check";
import { readModel } from "../src/core/model/read";
import { reportOf } from "../src/core/narrative/index";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { reportToDocx } from "../src/export/word";
import { readDocument } from "../src/workbook/document";
import { loadPdfJs } from "../src/workbook/document/pdf-loader";
import { readXlsx } from "../src/workbook/xlsx";
import { docxToPdf } from "../scripts/render-report-page";
import { measureAsync, printMs, type MsRow } from "./measure";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = path.join(ROOT, "bench", "output", "document");
const SEED = path.join(ROOT, "..", "shared", "seeds", "000_9460760e9631459a.txt");

const pagesOf = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);

/** Seed 000 repeated `times`, as .txt, .docx and .pdf (LibreOffice), made once. */
function files(times: number): { txt: string; docx: string; pdf: string } {
  const base = path.join(OUT, `seed000x${times}`);
  const made = { txt: `${base}.txt`, docx: `${base}.docx`, pdf: `${base}.pdf` };
  if (!existsSync(made.pdf) || !existsSync(made.docx)) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(made.txt, Array.from({ length: times }, () => readFileSync(SEED, "utf8")).join("\n\n"));
    for (const to of ["pdf", "docx"])
      execFileSync("soffice", ["--headless", "--norestore", "--convert-to", to, "--outdir", OUT, made.txt], {
        stdio: "ignore",
        timeout: 300_000,
      });
  }
  return made;
}

async function gbtReport(): Promise<string> {
  const pdf = path.join(OUT, "report", "report-000.pdf");
  if (existsSync(pdf)) return pdf;
  const xlsx = await readXlsx(readFileSync(path.join(ROOT, "samples", "000-honggutan-2022.xlsx")));
  const docx = path.join(OUT, "report-000.docx");
  mkdirSync(OUT, { recursive: true });
  writeFileSync(docx, await reportToDocx(reportOf(xlsx, readModel(xlsx), { profile: DEFAULT_PROFILE })));
  return docxToPdf(docx, path.join(OUT, "report"));
}

/** pdf.js's loading task for the bytes. */
const openTask = (pdfjs: Awaited<ReturnType<typeof loadPdfJs>>, bytes: Uint8Array) =>
  pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 });

/** pdf.js alone: every page's text content, nothing rebuilt. */
async function pdfjsOnly(bytes: Uint8Array): Promise<void> {
  const loading = openTask(await loadPdfJs(), bytes);
  const doc = await loading.promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent({ includeMarkedContent: true });
    page.cleanup();
  }
  await loading.destroy();
}

export interface DocumentBench {
  /** Reading: pdf.js's text content (the floor) and readDocument, for each file. */
  readonly rows: readonly MsRow[];
  /** `jixiao check` on the documents, the first row the workbook check (the baseline). */
  readonly check: readonly MsRow[];
  readonly facts: readonly string[];
}

const SAMPLE = path.join(ROOT, "samples", "000-honggutan-2022.xlsx");

/** `jixiao check` on a file, as the command line runs it (read from disk, every rule); throws if it could not. */
async function checked(run: () => ReturnType<typeof checkFile>): Promise<number> {
  const result = await run();
  if (!("findings" in result) || !result.findings) throw new Error(`bench: ${JSON.stringify(result)}`);
  return result.findings.length;
}

export async function benchDocument(): Promise<DocumentBench> {
  const facts: string[] = [];
  let start = performance.now();
  await loadPdfJs();
  facts.push(`loading pdf.js (once a process, before the first PDF): ${(performance.now() - start).toFixed(0)} ms`);

  const rows: MsRow[] = [];
  const gbt = await gbtReport();
  const inputs = [
    { label: "GB/T report (Word export)", pdf: gbt, docx: null, txt: null },
    ...[3, 23].map((times) => ({ label: `seed 000 ×${times}`, ...files(times) })),
  ];
  for (const input of inputs) {
    const pages = pagesOf(input.pdf);
    const bytes = readFileSync(input.pdf);
    const floor = await measureAsync(`${input.label}, ${pages} pages: pdf.js text content only (baseline)`, () =>
      pdfjsOnly(bytes),
    );
    start = performance.now();
    const read = await readDocument(bytes, "a.pdf");
    const paragraphs = read.places.list.length;
    const full = await measureAsync(`${input.label}, ${pages} pages: readDocument (.pdf)`, async () => {
      await readDocument(bytes, "a.pdf");
    });
    rows.push(floor, full);
    facts.push(
      `${input.label}: ${pages} pages, ${paragraphs} paragraphs, ${(bytes.length / 1024).toFixed(0)} KB; ` +
        `readDocument ${(pages / (full.ms / 1000)).toFixed(0)} pages/s (best), layout and snapshot ${(full.ms - floor.ms).toFixed(0)} ms over pdf.js`,
    );
    if (input.docx) {
      const docx = readFileSync(input.docx);
      rows.push(
        await measureAsync(
          `${input.label}: readDocument (.docx)`,
          async () => void (await readDocument(docx, "a.docx")),
        ),
      );
    }
    if (input.txt) {
      const txt = readFileSync(input.txt);
      rows.push(
        await measureAsync(`${input.label}: readDocument (.txt)`, async () => void (await readDocument(txt, "a.txt"))),
      );
    }
  }

  const check: MsRow[] = [];
  const findings = await checked(() => checkFile(SAMPLE, null));
  check.push(
    await measureAsync("baseline: sample 000's .xlsx (20 KB)", async () => void (await checkFile(SAMPLE, null))),
  );
  facts.push(`jixiao check on sample 000's .xlsx: ${findings} findings`);
  for (const input of inputs) {
    const pages = pagesOf(input.pdf);
    const count = await checked(() => checkDocument(input.pdf, null));
    check.push(
      await measureAsync(
        `${input.label}, ${pages} pages, alone`,
        async () => void (await checkDocument(input.pdf, null)),
      ),
    );
    facts.push(`jixiao check on ${input.label} (${pages} pages): ${count} findings`);
  }
  const pair = await checked(() => checkPair(SAMPLE, gbt, "bench", null));
  check.push(
    await measureAsync("sample 000's .xlsx with its report (--report, the GB/T PDF)", async () => {
      await checkPair(SAMPLE, gbt, "bench", null);
    }),
  );
  facts.push(`jixiao check sample 000 --report (the GB/T PDF): ${pair} findings`);
  return { rows, check, facts };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("document.bench.ts")) {
  const { rows, check, facts } = await benchDocument();
  printMs("Reading report documents (best of the runs, median in brackets)", rows);
  printMs("jixiao check on report documents, against the workbook's check", check, check[0]);
  for (const line of facts) console.log(`  ${line}`);
}
