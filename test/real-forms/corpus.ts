/**
 * The corpus of real forms and reports: the ten of ../shared/real-forms (built by its own build.mjs into .xlsx
 * files, as its README says) and the project's own cases (test/real-forms/cases/*.mjs, the same format with a
 * `province` and a `kind`), each written here into an .xlsx file of its own and read back through readXlsx like
 * any file a user opens. Then every case is checked and held to its expectations, written from the arithmetic
 * before the checker saw it: each mustFlag found on its rows with at least its severity, nothing a mustNotFlag
 * forbids raised on its rows.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { strToU8, zipSync } from "fflate";
import type { Finding, Severity } from "../../src/core/checks/types";

export type CorpusCell = string | number | null | { readonly pct: number };

export interface CorpusSheet {
  readonly name: string;
  readonly rows: readonly (readonly CorpusCell[])[];
  readonly merges?: readonly string[];
}

export interface MustFlag {
  readonly id: string;
  readonly sheet: string;
  readonly rows: readonly number[];
  readonly severity: "error" | "warning";
  readonly why: string;
}

export interface MustNotFlag {
  readonly sheet: string;
  readonly rows: readonly number[];
  readonly severities?: readonly ("error" | "warning")[];
  readonly why: string;
}

export interface CorpusCase {
  readonly name: string;
  readonly source: string;
  readonly notes: string;
  /** Ours carry these; the shared ten are from 四川, 云南, 湖南, 湖北 and 安徽 (their README). */
  readonly province?: string;
  readonly kind?: "form" | "report" | "both";
  readonly sheets: readonly CorpusSheet[];
  readonly expect: { readonly mustFlag: readonly MustFlag[]; readonly mustNotFlag: readonly MustNotFlag[] };
}

export interface BuiltCase {
  readonly case: CorpusCase;
  /** Where the case comes from: "shared" (../shared/real-forms) or "project" (test/real-forms/cases). */
  readonly origin: "shared" | "project";
  readonly bytes: Uint8Array;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_CASES = path.join(HERE, "cases");
export const SHARED_CORPUS = path.resolve(HERE, "../../../shared/real-forms");

// ---------------------------------------------------------------------------------------------------------
// Validation: the rules of ../shared/real-forms/README.md, for the project's own cases

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRange(ref: string): { r1: number; c1: number; r2: number; c2: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad merge range ${ref}`);
  return { c1: columnNumber(m[1]!), r1: Number(m[2]), c2: columnNumber(m[3]!), r2: Number(m[4]) };
}

function isCell(v: unknown): v is CorpusCell {
  if (v === null || typeof v === "string") return true;
  if (typeof v === "number") return Number.isFinite(v);
  return (
    typeof v === "object" && v !== null && Object.keys(v).length === 1 && Number.isFinite((v as { pct: number }).pct)
  );
}

/** Throws, naming the case, where it breaks the corpus's rules. */
export function validateCase(c: CorpusCase, file: string): void {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (!/^[a-z0-9][a-z0-9-]*$/.test(c.name) || `${c.name}.mjs` !== file) fail(`name ${c.name} does not match the file`);
  if (!/^https?:\/\//.test(c.source)) fail("source must be a URL");
  if (!c.notes) fail("notes missing");
  const sheetRows = new Map<string, number>();
  for (const sh of c.sheets) {
    if (!sh.name || sh.name.length > 31 || BAD_SHEET_CHARS.test(sh.name)) fail(`bad sheet name ${sh.name}`);
    if (sheetRows.has(sh.name)) fail(`duplicate sheet ${sh.name}`);
    sh.rows.forEach((row, i) =>
      row.forEach((v, j) => isCell(v) || fail(`sheet ${sh.name} ${i + 1}:${j + 1} bad cell`)),
    );
    const taken = new Set<string>();
    for (const ref of sh.merges ?? []) {
      const r = parseRange(ref);
      for (let rr = r.r1; rr <= r.r2; rr++)
        for (let cc = r.c1; cc <= r.c2; cc++) {
          if (taken.has(`${rr},${cc}`)) fail(`sheet ${sh.name}: merge ${ref} overlaps another`);
          taken.add(`${rr},${cc}`);
          const v = sh.rows[rr - 1]?.[cc - 1];
          if ((rr !== r.r1 || cc !== r.c1) && v !== null && v !== undefined) fail(`merge ${ref} hides a value`);
        }
    }
    sheetRows.set(sh.name, sh.rows.length);
  }
  const rowsOk = (sheet: string, rows: readonly number[]) =>
    sheetRows.has(sheet) &&
    rows.length > 0 &&
    rows.every((r) => Number.isInteger(r) && r >= 1 && r <= sheetRows.get(sheet)!);
  for (const f of c.expect.mustFlag) if (!rowsOk(f.sheet, f.rows) || !f.why) fail(`mustFlag ${f.id}: bad rows or why`);
  for (const n of c.expect.mustNotFlag) if (!rowsOk(n.sheet, n.rows)) fail(`mustNotFlag on ${n.sheet}: bad rows`);
  for (const f of c.expect.mustFlag)
    for (const n of c.expect.mustNotFlag) {
      const forbidden = n.severities ?? ["error", "warning"];
      if (n.sheet === f.sheet && forbidden.includes(f.severity) && f.rows.some((r) => n.rows.includes(r)))
        fail(`mustFlag ${f.id} clashes with a mustNotFlag`);
    }
}

// ---------------------------------------------------------------------------------------------------------
// The project's cases as .xlsx files: inline strings, numbers, "0.00%" for { pct }, merges

const xmlText = (t: string): string =>
  t
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetXml(sh: CorpusSheet): string {
  const rows = sh.rows
    .map((row, i) => {
      const cells = row
        .map((v, j) => {
          const ref = `${columnLetters(j + 1)}${i + 1}`;
          if (v === null || v === undefined) return "";
          if (typeof v === "object") return `<c r="${ref}" s="1"><v>${v.pct}</v></c>`;
          if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
        })
        .join("");
      return `<row r="${i + 1}">${cells}</row>`;
    })
    .join("");
  const merges = sh.merges?.length
    ? `<mergeCells count="${sh.merges.length}">${sh.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

/** A case as the bytes of an .xlsx file. */
export function caseXlsx(c: CorpusCase): Uint8Array {
  const ns = "http://schemas.openxmlformats.org";
  const rel = `${ns}/officeDocument/2006/relationships`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets>${c.sheets
        .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="${ns}/package/2006/relationships">${c.sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join("")}<Relationship Id="rIdS" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `<styleSheet xmlns="${ns}/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  };
  c.sheets.forEach((sh, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sh))));
  return zipSync(files);
}

// ---------------------------------------------------------------------------------------------------------
// Loading

async function importCase(file: string): Promise<CorpusCase> {
  return ((await import(pathToFileURL(file).href)) as { default: CorpusCase }).default;
}

/** Every case: the shared ten through their own build.mjs, the project's through caseXlsx. */
export async function loadCorpus(): Promise<BuiltCase[]> {
  const built: BuiltCase[] = [];
  if (existsSync(path.join(SHARED_CORPUS, "build.mjs"))) {
    const out = mkdtempSync(path.join(tmpdir(), "jixiao-real-forms-"));
    try {
      execFileSync(process.execPath, [path.join(SHARED_CORPUS, "build.mjs"), out], { stdio: "pipe" });
      for (const file of readdirSync(path.join(SHARED_CORPUS, "cases"))
        .filter((f) => f.endsWith(".mjs"))
        .sort()) {
        const c = await importCase(path.join(SHARED_CORPUS, "cases", file));
        built.push({
          case: c,
          origin: "shared",
          bytes: new Uint8Array(readFileSync(path.join(out, `${c.name}.xlsx`))),
        });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  for (const file of readdirSync(PROJECT_CASES)
    .filter((f) => f.endsWith(".mjs"))
    .sort()) {
    const c = await importCase(path.join(PROJECT_CASES, file));
    validateCase(c, file);
    built.push({ case: c, origin: "project", bytes: caseXlsx(c) });
  }
  return built;
}

// ---------------------------------------------------------------------------------------------------------
// Judging the checker against a case

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * A mustFlag is caught by a finding of at least its severity any of whose cells lies on its rows (a total's
 * finding names the total and the figures it adds). A false alarm is a finding of a severity a mustNotFlag
 * forbids whose own place — its first cell, where the user is taken — lies on the mustNotFlag's rows: the
 * figures a finding adds up are named beside it, not flagged.
 */
export interface Verdict {
  /** The mustFlags found on their rows with at least their severity. */
  readonly caught: readonly MustFlag[];
  readonly missed: readonly MustFlag[];
  /** Findings on rows a mustNotFlag keeps quiet, with the severities it forbids. */
  readonly falseAlarms: readonly { readonly finding: Finding; readonly rule: MustNotFlag }[];
}

function onRows(f: Finding, sheet: string, rows: readonly number[]): boolean {
  return f.refs.some((r) => r.sheet === sheet && rows.includes(r.row));
}

function placedOn(f: Finding, sheet: string, rows: readonly number[]): boolean {
  const at = f.refs[0];
  return at !== undefined && at.sheet === sheet && rows.includes(at.row);
}

export function judge(c: CorpusCase, findings: readonly Finding[]): Verdict {
  const caught: MustFlag[] = [];
  const missed: MustFlag[] = [];
  for (const m of c.expect.mustFlag) {
    const hit = findings.some((f) => RANK[f.severity] >= RANK[m.severity] && onRows(f, m.sheet, m.rows));
    (hit ? caught : missed).push(m);
  }
  const falseAlarms: { finding: Finding; rule: MustNotFlag }[] = [];
  for (const n of c.expect.mustNotFlag) {
    const forbidden = n.severities ?? ["error", "warning"];
    for (const f of findings)
      if (f.severity !== "info" && forbidden.includes(f.severity) && placedOn(f, n.sheet, n.rows))
        falseAlarms.push({ finding: f, rule: n });
  }
  return { caught, missed, falseAlarms };
}
