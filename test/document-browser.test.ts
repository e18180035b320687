/**
 * The document reader in a browser, as a page bundles it: Vite builds test/helpers/document-page/ (which imports
 * readDocument and pdf-worker-browser.ts), headless Chromium (Debian's, through playwright-core, loopback only)
 * reads a Word report, a PDF and a text file with it — pdf.js in the page's thread, then in its module worker.
 * pdf.js is fetched only when a PDF is read; the module worker is a file of its own. And the reader's sources use
 * no Node API, so that the same code runs here and in the command line.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { body, docxOf, encryptedPdf, p, pdfOf, pdfStream, tempDir } from "./helpers/document-fixtures";
import { CHROMIUM, CHROMIUM_ARGS } from "./e2e/harness";
import { ROOT } from "./setup/dist";

const SOURCES = path.join(ROOT, "src", "workbook", "document");
const out = tempDir("jixiao-document-page-");

/** A PDF of pages of Latin lines (Helvetica: no font file needed). */
function latinPages(pages: readonly (readonly string[])[]): Uint8Array {
  const objects: (string | Uint8Array)[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const kids: string[] = [];
  for (const lines of pages) {
    objects.push(pdfStream("", lines.map((l, i) => `BT /F1 12 Tf 72 ${770 - i * 18} Td (${l}) Tj ET`).join("\n")));
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${objects.length} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
    );
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages.length} >>`;
  return pdfOf(objects);
}

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  await build({
    configFile: false,
    root: path.join(ROOT, "test", "helpers", "document-page"),
    base: "./",
    logLevel: "silent",
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
  writeFileSync(path.join(out, "report.pdf"), latinPages([["Budget execution report"], ["Execution rate 88.39%."]]));
  writeFileSync(path.join(out, "locked.pdf"), encryptedPdf());
  writeFileSync(
    path.join(out, "report.docx"),
    docxOf(body(p("2022年度某局整体支出绩效自评报告"), p("一、部门基本概况"), p("资产负债率为 2.23%。"))),
  );
  writeFileSync(path.join(out, "report.txt"), "一、基本情况\n\n二、绩效评价工作情况\n");
  server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? "/").split("?")[0]!).replace(/^\/+/, "") || "index.html";
    const file = path.join(out, name);
    if (!file.startsWith(out) || !readdirSync(path.dirname(file)).includes(path.basename(file))) {
      res.writeHead(404);
      return void res.end();
    }
    res.writeHead(200, {
      "Content-Type": name.endsWith(".js")
        ? "text/javascript"
        : name.endsWith(".html")
          ? "text/html"
          : "application/octet-stream",
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(out, { recursive: true, force: true });
});

/** Opens the page; returns it with the files it fetched (and fails on any request that leaves loopback). */
async function openPage() {
  const page = await browser.newPage();
  const fetched: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (!url.startsWith(origin)) {
      errors.push(`request to ${url}`);
      return route.abort();
    }
    fetched.push(url.slice(origin.length + 1));
    return route.continue();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "ready");
  const read = (file: string, worker: boolean) =>
    page.evaluate(([f, w]) => window.readReport(f as string, { worker: w as boolean }), [file, worker] as const);
  return { page, fetched, errors, read };
}

// A page that loads pdf.js (1.7 MB of script) on a busy 2-core machine takes seconds.
describe("the reader in a browser", { timeout: 60_000 }, () => {
  it("is built with pdf.js in chunks of its own and pdf.js's worker as a module worker file", () => {
    const assets = readdirSync(path.join(out, "assets"));
    expect(assets.filter((a) => /^pdf-worker-.*\.js$/.test(a))).toHaveLength(1);
    expect(assets.filter((a) => /^pdf\.worker-.*\.js$/.test(a))).toHaveLength(1);
    const entry = assets.find((a) => a.startsWith("index-"))!;
    expect(readFileSync(path.join(out, "assets", entry), "utf8")).not.toContain("WorkerMessageHandler");
  });

  it("reads Word and text without loading pdf.js, and a PDF with pdf.js in the page's thread", async () => {
    const { page, fetched, errors, read } = await openPage();
    expect(await read("report.docx", false)).toEqual({
      kind: "docx",
      sheets: ["自评报告"],
      paragraphs: ["2022年度某局整体支出绩效自评报告", "一、部门基本概况", "资产负债率为 2.23%。"],
      pages: [null, null, null],
    });
    expect(await read("report.txt", false)).toMatchObject({ kind: "txt", sheets: ["评价报告"] });
    expect(fetched.filter((f) => f.includes("pdf"))).toEqual([]);
    expect(await read("report.pdf", false)).toEqual({
      kind: "pdf",
      sheets: ["自评报告"],
      paragraphs: ["Budget execution report", "Execution rate 88.39%."],
      pages: [1, 2],
    });
    expect(await read("locked.pdf", false)).toMatchObject({ code: "encrypted" });
    expect(fetched.some((f) => /assets\/pdf\.worker-.*\.js$/.test(f))).toBe(true);
    expect(fetched.some((f) => /assets\/pdf-worker-.*\.js$/.test(f))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads a PDF with pdf.js in its module worker", async () => {
    const { page, fetched, errors, read } = await openPage();
    expect(await read("report.pdf", true)).toMatchObject({
      kind: "pdf",
      paragraphs: ["Budget execution report", "Execution rate 88.39%."],
    });
    expect(await read("locked.pdf", true)).toMatchObject({ code: "encrypted" });
    expect(fetched.filter((f) => /assets\/pdf-worker-.*\.js$/.test(f))).toHaveLength(1);
    expect(fetched.some((f) => /assets\/pdf\.worker-.*\.js$/.test(f))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the reader's sources", () => {
  it("use no Node API (no node: module, no Buffer, no process), so the browser runs the same code", () => {
    for (const name of readdirSync(SOURCES)) {
      const source = readFileSync(path.join(SOURCES, name), "utf8");
      expect(source, name).not.toMatch(/from\s+["'](?:node:|fs|path|os|zlib|crypto|child_process)["']/);
      expect(source, name).not.toMatch(/\b(?:Buffer|process|require|__dirname)\b/);
    }
  });
});
