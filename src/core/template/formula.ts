/**
 * The template's formulas as a small expression tree: cell and range references (on the same sheet or another
 * sheet of the template), numbers, text, `=` comparison and the functions the template uses (SUM, IF and the JX
 * functions). One tree gives both the formula text Excel takes (formulaText) and the value it computes
 * (evaluate, with the same core calculations as the JX custom functions), so that a file can cache the results
 * the formulas will give.
 */
import { execScoreOf, gradeOfTotal, scoreOf } from "../calculations";
import { sum } from "../decimal";
import { debtRatio, execRate, share } from "../formulas";
import type { Result } from "../result";
import type { Area, CellValue } from "../model/snapshot";
import { address, areaAddress, parseAddress } from "../model/snapshot";
import type { SheetKey } from "./types";

/** The functions of the template's formulas; JX.* are the add-in's custom functions. */
export type FunctionName =
  "SUM" | "IF" | "JX.EXECRATE" | "JX.EXECSCORE" | "JX.SCORE" | "JX.GRADE" | "JX.DEBTRATIO" | "JX.SHARE";

export type Expr =
  | { readonly kind: "ref"; readonly sheet: SheetKey | null; readonly row: number; readonly col: number }
  | { readonly kind: "range"; readonly sheet: SheetKey | null; readonly area: Area }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "equals"; readonly left: Expr; readonly right: Expr }
  | { readonly kind: "call"; readonly fn: FunctionName; readonly args: readonly Expr[] };

function at(a1: string): { row: number; col: number } {
  const p = parseAddress(a1);
  if (!p) throw new Error(`template: bad cell address ${a1}`);
  return p;
}

/** A reference to a cell ("G5"), on another sheet of the template when `sheet` is given. */
export function ref(a1: string, sheet: SheetKey | null = null): Expr {
  return { kind: "ref", sheet, ...at(a1) };
}

/** A reference to a range ("E6:E8"). */
export function range(a1: string, sheet: SheetKey | null = null): Expr {
  const [from = "", to = from] = a1.split(":");
  const a = at(from);
  const b = at(to);
  return { kind: "range", sheet, area: { top: a.row, left: a.col, bottom: b.row, right: b.col } };
}

export const num = (value: number): Expr => ({ kind: "number", value });
export const text = (value: string): Expr => ({ kind: "text", value });
export const call = (fn: FunctionName, ...args: Expr[]): Expr => ({ kind: "call", fn, args });

/** =IF(test=0,"",then): blank until `test` holds an amount (a rate over a zero budget is no rate). */
export function unlessZero(test: Expr, then: Expr): Expr {
  return call("IF", { kind: "equals", left: test, right: num(0) }, text(""), then);
}

/** The profile argument of a JX function: none for the default profile. */
export function profileArg(profileId: string | null): Expr[] {
  return profileId === null ? [] : [text(profileId)];
}

// ---------------------------------------------------------------------------------------------------------
// Formula text

/** A sheet name as a formula writes it: always quoted (safe for any name, Excel drops quotes it does not need). */
function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

function textOf(expr: Expr, names: Readonly<Record<SheetKey, string>>, own: SheetKey): string {
  const prefix = (sheet: SheetKey | null) => (sheet === null || sheet === own ? "" : sheetPrefix(names[sheet]));
  switch (expr.kind) {
    case "ref":
      return prefix(expr.sheet) + address(expr.row, expr.col);
    case "range":
      return prefix(expr.sheet) + areaAddress(expr.area);
    case "number":
      return String(expr.value);
    case "text":
      return `"${expr.value.replace(/"/g, '""')}"`;
    case "equals":
      return `${textOf(expr.left, names, own)}=${textOf(expr.right, names, own)}`;
    case "call":
      return `${expr.fn}(${expr.args.map((a) => textOf(a, names, own)).join(",")})`;
  }
}

/** The formula as typed into a cell of sheet `own` ("=SUM(E6:E8)"), other sheets named by `names`. */
export function formulaText(expr: Expr, names: Readonly<Record<SheetKey, string>>, own: SheetKey): string {
  return `=${textOf(expr, names, own)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Evaluation

/** The value of a cell of a template sheet (the result of its formula where it has one). */
export type CellLookup = (sheet: SheetKey, row: number, col: number) => CellValue;

const ERRORS = { div0: "#DIV/0!", value: "#VALUE!", na: "#N/A" } as const;
const isError = (v: unknown): v is string => typeof v === "string" && /^#(?:DIV\/0!|VALUE!|N\/A|REF!|NAME\?)$/.test(v);

type Value = CellValue | readonly CellValue[];

function single(v: Value): CellValue {
  return Array.isArray(v) ? ((v as readonly CellValue[])[0] ?? null) : (v as CellValue);
}

function fromResult(r: Result<number | string>): CellValue {
  return r.ok ? r.value : ERRORS[r.code];
}

function valueOf(expr: Expr, get: CellLookup, own: SheetKey): Value {
  switch (expr.kind) {
    case "ref":
      return get(expr.sheet ?? own, expr.row, expr.col);
    case "range": {
      const out: CellValue[] = [];
      const { top, left, bottom, right } = expr.area;
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push(get(expr.sheet ?? own, r, c));
      return out;
    }
    case "number":
    case "text":
      return expr.value;
    case "equals": {
      const a = single(valueOf(expr.left, get, own));
      const b = single(valueOf(expr.right, get, own));
      if (isError(a)) return a;
      if (isError(b)) return b;
      // Excel: a blank cell equals 0 and "".
      const norm = (v: CellValue, other: CellValue) => (v === null ? (typeof other === "string" ? "" : 0) : v);
      return norm(a, b) === norm(b, a);
    }
    case "call":
      return callValue(expr.fn, expr.args, get, own);
  }
}

function callValue(fn: FunctionName, args: readonly Expr[], get: CellLookup, own: SheetKey): CellValue {
  const arg = (i: number): CellValue => (i < args.length ? single(valueOf(args[i]!, get, own)) : null);
  switch (fn) {
    case "SUM": {
      // Numbers in references count; text and blanks in references do not; errors propagate.
      const numbers: number[] = [];
      for (const a of args) {
        const v = valueOf(a, get, own);
        for (const x of Array.isArray(v) ? (v as readonly CellValue[]) : [v as CellValue]) {
          if (isError(x)) return x;
          if (typeof x === "number") numbers.push(x);
        }
      }
      return sum(numbers);
    }
    case "IF": {
      const test = arg(0);
      if (isError(test)) return test;
      const truth = typeof test === "number" ? test !== 0 : Boolean(test);
      const v = arg(truth ? 1 : 2);
      return v === "" ? null : v;
    }
    case "JX.EXECRATE":
      return fromResult(execRate(arg(0), arg(1)));
    case "JX.EXECSCORE":
      return fromResult(execScoreOf(arg(0), arg(1), arg(2), arg(3)));
    case "JX.SCORE":
      return fromResult(scoreOf(arg(0), arg(1), arg(2), arg(3), arg(4)));
    case "JX.GRADE":
      return fromResult(gradeOfTotal(arg(0), arg(1)));
    case "JX.DEBTRATIO":
      return fromResult(debtRatio(arg(0), arg(1)));
    case "JX.SHARE":
      return fromResult(share(arg(0), arg(1)));
  }
}

/** The value a formula gives on sheet `own`, cells read through `get`; "" (a blank result) as null. */
export function evaluate(expr: Expr, get: CellLookup, own: SheetKey): CellValue {
  const v = single(valueOf(expr, get, own));
  return v === "" ? null : v;
}

/** The cells a formula reads, as "sheet!A1" keys (for ordering and tests). */
export function referencesOf(expr: Expr, own: SheetKey): string[] {
  switch (expr.kind) {
    case "ref":
      return [`${expr.sheet ?? own}!${address(expr.row, expr.col)}`];
    case "range": {
      const out: string[] = [];
      const { top, left, bottom, right } = expr.area;
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) out.push(`${expr.sheet ?? own}!${address(r, c)}`);
      return out;
    }
    case "number":
    case "text":
      return [];
    case "equals":
      return [...referencesOf(expr.left, own), ...referencesOf(expr.right, own)];
    case "call":
      return expr.args.flatMap((a) => referencesOf(a, own));
  }
}
