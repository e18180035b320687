import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as JX from "../src/functions/functions";
import { ZH_CN } from "../src/functions/zh-cn";

/** Excel's CustomFunctions.Error, as the runtime provides it. */
class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const globals = globalThis as { CustomFunctions?: unknown };

beforeAll(() => {
  globals.CustomFunctions = { Error: FakeError, ErrorCode: {} };
});
afterAll(() => {
  delete globals.CustomFunctions;
});

const cell = (v: unknown) => [[v]];

describe("single cells", () => {
  it("EXECRATE answers a one-cell matrix", () => {
    const [[r]] = JX.EXECRATE(cell(32132.93), cell(36353.37)) as [[number]];
    expect(r).toBeCloseTo(0.883905, 6);
  });
  it("omitted optional arguments arrive as null", () => {
    expect(JX.EXECSCORE(cell(32132.93), cell(36353.37), null as never, null as never)).toEqual([[8.84]]);
    expect(JX.GRADE(cell(88.5), null as never)).toEqual([["良"]]);
  });
});

describe("ranges spill in their own shape", () => {
  it("a column of executions against a column of budgets (seed 000: 总体, 基本, 项目)", () => {
    const rates = JX.EXECRATE([[32132.93], [15478.81], [16654.12]], [[36353.37], [16084.2], [20269.17]]) as number[][];
    expect(rates.map((r) => Math.round(r[0]! * 10000) / 100)).toEqual([88.39, 96.24, 82.16]);
  });
  it("a single cell stands for every position of a range", () => {
    const scores = JX.SCORE([[1, 0.9, 0.5]], cell("≥95%"), cell(10), null as never, null as never);
    expect(scores).toEqual([[10, 9.47, 5.26]]);
  });
  it("errors stand in their own cells and the rest still answer", () => {
    const out = JX.EXECRATE([[1], [2], ["abc"]], [[2], [0], [4]]) as unknown[][];
    expect(out[0]![0]).toBe(0.5);
    expect(out[1]![0]).toBeInstanceOf(FakeError);
    expect((out[1]![0] as FakeError).code).toBe("#DIV/0!");
    expect((out[1]![0] as FakeError).message).toBeUndefined();
    expect((out[2]![0] as FakeError).code).toBe("#VALUE!");
    expect((out[2]![0] as FakeError).message).toContain("全年执行数");
  });
  it("ranges of different shapes are one #VALUE! with a message", () => {
    const out = JX.EXECRATE([[1], [2]], [[1, 2, 3]]) as unknown[][];
    expect(out).toHaveLength(1);
    expect((out[0]![0] as FakeError).code).toBe("#VALUE!");
    expect((out[0]![0] as FakeError).message).toContain("大小不一致");
  });
  it("#N/A for an unknown profile or nature", () => {
    expect((JX.GRADE(cell(90), cell("beijing"))[0]![0] as FakeError).code).toBe("#N/A");
    expect((JX.SCORE(cell(1), cell(1), cell(1), cell("大约"), null as never)[0]![0] as FakeError).code).toBe("#N/A");
  });
});

describe("never NaN, never Infinity, never a throw", () => {
  const junk: unknown[] = [
    null,
    "",
    "—",
    "abc",
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e308,
    true,
    new Date(0),
    "１２３",
    "(5)",
  ];
  it("over every function and junk arguments", () => {
    for (const [id, fn] of Object.entries(JX)) {
      for (const a of junk) {
        for (const b of junk) {
          const out = (fn as (...args: unknown[]) => unknown[][])(cell(a), cell(b), cell(b), cell(null), cell(null));
          const v = out[0]![0];
          if (typeof v === "number") expect(Number.isFinite(v), `${id}(${String(a)}, ${String(b)})`).toBe(true);
          else expect(v instanceof FakeError || typeof v === "string", `${id}(${String(a)}, ${String(b)})`).toBe(true);
        }
      }
    }
  });
});

describe("every worked example in the Chinese function table holds", () => {
  for (const [id, zh] of Object.entries(ZH_CN)) {
    it(`${id}: ${zh.example}`, () => {
      const m = /^=JX\.([A-Z]+)\((.*)\) → (.+)$/.exec(zh.example);
      expect(m, "example written as =JX.ID(args) → result").not.toBeNull();
      const [, name, argText, expected] = m!;
      expect(name).toBe(id);
      const args = argText!.split(/,\s*(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((a) => {
        const t = a.trim();
        if (t.startsWith('"')) return cell(t.slice(1, -1));
        if (t.endsWith("%")) return cell(Number(t.slice(0, -1)) / 100);
        return cell(Number(t));
      });
      const fn = (JX as Record<string, (...a: unknown[]) => unknown[][]>)[id]!;
      while (args.length < fn.length) args.push(null as never);
      const got = fn(...args)[0]![0];
      if (expected!.endsWith("%")) {
        expect(Math.round((got as number) * 10000) / 100).toBe(Number(expected!.slice(0, -1)));
      } else if (/^-?\d/.test(expected!)) {
        expect(got).toBe(Number(expected));
      } else {
        expect(got).toBe(expected);
      }
    });
  }
});
