/**
 * A small Excel formula calculator for the fake Excel (`createFakeExcel(…, { calculate })`): it parses formula
 * text as Excel takes it (cell and range references, on this sheet or 'another sheet'!, numbers, "text", = <> <
 * > <= >= + - * /, parentheses, function calls) and evaluates SUM, IF and the JX custom functions by calling the
 * functions of src/functions/functions.ts as Excel calls them (every argument a matrix). It knows nothing of the
 * template: a formula that reads the wrong cell gives the wrong figure here.
 *
 * A custom function as stored in a file (`_xldudf_JX_EXECRATE`) is read as JX.EXECRATE.
 */
import type { CellValue } from "../../src/core/model/snapshot";
import { parseAddress } from "../../src/core/model/snapshot";
import * as JX from "../../src/functions/functions";
import type { FakeCalculator } from "../fakes/fake-excel";

type Token =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "ref"; sheet: string | null; from: string; to: string | null }
  | { kind: "name"; value: string }
  | { kind: "op"; value: string };

const ERROR = /^#(?:DIV\/0!|VALUE!|N\/A|REF!|NAME\?|NUM!|NULL!)$/;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const cell = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
  const refAt = new RegExp(`^(?:('(?:[^']|'')+'|[\\p{L}_][\\p{L}\\p{N}_.]*)!)?(${cell})(?::(${cell}))?`, "u");
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = "";
      for (;;) {
        if (j >= text.length) throw new Error(`unterminated text in ${text}`);
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += text[j++];
      }
      out.push({ kind: "text", value });
      i = j + 1;
      continue;
    }
    const num = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ kind: "number", value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const op = /^(?:<>|<=|>=|[=<>+\-*/(),&])/.exec(rest);
    if (op) {
      out.push({ kind: "op", value: op[0] });
      i += op[0].length;
      continue;
    }
    const ref = refAt.exec(rest);
    // A name followed by "(" is a function, not a reference (LOG10( …).
    if (ref && text[i + ref[0].length] !== "(") {
      const sheet = ref[1] ? (ref[1].startsWith("'") ? ref[1].slice(1, -1).replace(/''/g, "'") : ref[1]) : null;
      out.push({ kind: "ref", sheet, from: ref[2]!.replace(/\$/g, ""), to: ref[3]?.replace(/\$/g, "") ?? null });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      out.push({ kind: "name", value: name[0] });
      i += name[0].length;
      continue;
    }
    throw new Error(`cannot read “${rest}” in ${text}`);
  }
  return out;
}

type Node =
  | { kind: "value"; value: CellValue }
  | { kind: "ref"; sheet: string | null; from: string; to: string | null }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "binary"; op: string; left: Node; right: Node }
  | { kind: "negate"; operand: Node };

function parse(tokens: Token[]): Node {
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (v: string) => peek()?.kind === "op" && (peek() as { value: string }).value === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v}`);
    i++;
  };
  const level = (ops: readonly string[], next: () => Node) => (): Node => {
    let left = next();
    while (peek()?.kind === "op" && ops.includes((peek() as { value: string }).value)) {
      const op = (tokens[i++] as { value: string }).value;
      left = { kind: "binary", op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const t = tokens[i++];
    if (!t) throw new Error("unexpected end");
    switch (t.kind) {
      case "number":
        return { kind: "value", value: t.value };
      case "text":
        return { kind: "value", value: t.value };
      case "ref":
        return { kind: "ref", sheet: t.sheet, from: t.from, to: t.to };
      case "name": {
        expect("(");
        const args: Node[] = [];
        if (!isOp(")")) {
          for (;;) {
            args.push(comparison());
            if (isOp(",")) {
              i++;
              continue;
            }
            break;
          }
        }
        expect(")");
        return { kind: "call", name: t.value.replace(/^_xldudf_([A-Za-z0-9]+)_/, "$1.").toUpperCase(), args };
      }
      case "op":
        if (t.value === "(") {
          const inner = comparison();
          expect(")");
          return inner;
        }
        if (t.value === "-") return { kind: "negate", operand: primary() };
        if (t.value === "+") return primary();
        throw new Error(`unexpected ${t.value}`);
    }
  };
  const multiplicative = level(["*", "/"], primary);
  const additive = level(["+", "-"], multiplicative);
  const concat = level(["&"], additive);
  const comparison = level(["=", "<>", "<", ">", "<=", ">="], concat);
  const node = comparison();
  if (i !== tokens.length) throw new Error("trailing tokens");
  return node;
}

type Lookup = (sheet: string, row: number, col: number) => CellValue;
type Value = CellValue | CellValue[][];

/** What a custom function returns: a number or text, or an error object ({ code: "#DIV/0!" }). */
function fromFunction(out: unknown): CellValue {
  const v = (out as unknown[][])[0]?.[0];
  if (v !== null && typeof v === "object") return String((v as { code?: unknown }).code ?? "#VALUE!");
  return (v as CellValue) ?? null;
}

const JX_FUNCTIONS: Record<string, (...args: (unknown[][] | undefined)[]) => unknown> = {
  "JX.EXECRATE": (a, b) => JX.EXECRATE(a!, b!),
  "JX.EXECSCORE": (a, b, c, d) => JX.EXECSCORE(a!, b!, c, d),
  "JX.SCORE": (a, b, c, d, e) => JX.SCORE(a!, b!, c!, d, e),
  "JX.GRADE": (a, b) => JX.GRADE(a!, b),
  "JX.DEBTRATIO": (a, b) => JX.DEBTRATIO(a!, b!),
  "JX.SHARE": (a, b) => JX.SHARE(a!, b!),
  "JX.CHANGERATE": (a, b) => JX.CHANGERATE(a!, b!),
  "JX.QUALBAND": (a, b, c, d) => JX.QUALBAND(a!, b!, c!, d),
};

function evaluate(node: Node, own: string, get: Lookup): Value {
  const scalar = (n: Node): CellValue => {
    const v = evaluate(n, own, get);
    return Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
  };
  const matrix = (n: Node): CellValue[][] => {
    const v = evaluate(n, own, get);
    return Array.isArray(v) ? v : [[v]];
  };
  switch (node.kind) {
    case "value":
      return node.value;
    case "ref": {
      const a = parseAddress(node.from)!;
      const b = node.to ? parseAddress(node.to)! : a;
      const out: CellValue[][] = [];
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
        const row: CellValue[] = [];
        for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) row.push(get(node.sheet ?? own, r, c));
        out.push(row);
      }
      return node.to ? out : out[0]![0]!;
    }
    case "negate": {
      const v = scalar(node.operand);
      return typeof v === "number" ? -v : v === null ? 0 : "#VALUE!";
    }
    case "binary": {
      const a = scalar(node.left);
      const b = scalar(node.right);
      for (const v of [a, b]) if (typeof v === "string" && ERROR.test(v)) return v;
      if (["+", "-", "*", "/"].includes(node.op)) {
        const x = a ?? 0;
        const y = b ?? 0;
        if (typeof x !== "number" || typeof y !== "number") return "#VALUE!";
        if (node.op === "/") return y === 0 ? "#DIV/0!" : x / y;
        return node.op === "+" ? x + y : node.op === "-" ? x - y : x * y;
      }
      if (node.op === "&") return `${a ?? ""}${b ?? ""}`;
      // Comparisons: a blank cell is 0 against a number and "" against text.
      const x = a ?? (typeof b === "string" ? "" : 0);
      const y = b ?? (typeof a === "string" ? "" : 0);
      const cmp = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === "number" ? -1 : 1;
      const ops: Record<string, boolean> = {
        "=": cmp === 0,
        "<>": cmp !== 0,
        "<": cmp < 0,
        ">": cmp > 0,
        "<=": cmp <= 0,
        ">=": cmp >= 0,
      };
      return ops[node.op]!;
    }
    case "call": {
      if (node.name === "SUM") {
        let total = 0;
        for (const arg of node.args) {
          for (const row of matrix(arg))
            for (const v of row) {
              if (typeof v === "string" && ERROR.test(v)) return v;
              if (typeof v === "number") total += v;
            }
        }
        return Math.round(total * 1e9) / 1e9;
      }
      if (node.name === "IF") {
        const test = scalar(node.args[0]!);
        if (typeof test === "string" && ERROR.test(test)) return test;
        const truth = typeof test === "number" ? test !== 0 : Boolean(test);
        const chosen = node.args[truth ? 1 : 2];
        return chosen ? scalar(chosen) : false;
      }
      const fn = JX_FUNCTIONS[node.name];
      if (!fn) return "#NAME?";
      // Excel hands every argument over as a matrix; an empty cell as null.
      return fromFunction(fn(...node.args.map((a) => matrix(a) as unknown[][])));
    }
  }
}

/** The result of `formula` ("=SUM(E6:E8)") typed into a cell of sheet `own`; "" as null. */
export function calculateFormula(formula: string, own: string, get: Lookup): CellValue {
  const node = parse(tokenize(formula.replace(/^=/, "")));
  const v = evaluate(node, own, get);
  const out = Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
  return out === "" ? null : out;
}

/** The calculator for the fake Excel. */
export const calculate: FakeCalculator = (formula, cell, value) => calculateFormula(formula, cell.sheet, value);
