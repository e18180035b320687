/**
 * dist/functions.js as Excel loads it: a classic script in a bare JavaScript context whose only globals are
 * CustomFunctions and console. Every function of functions.json must be registered at load time, and answer the
 * worked examples an accountant would check by hand.
 */
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { once, readDist } from "./setup/dist";

/** CustomFunctions.ErrorCode as in Excel (CustomFunctionsRuntime 1.2+). */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (!Object.values(ErrorCode).includes(code as never)) throw new TypeError(`unknown error code ${code}`);
  }
}

type Fn = (...args: unknown[]) => unknown[][];

interface Loaded {
  registered: Map<string, Fn>;
  calls: string[];
}

function load(script: string, withHost = true): Loaded {
  const registered = new Map<string, Fn>();
  const calls: string[] = [];
  const CustomFunctions = {
    associate(id: string, fn: Fn) {
      calls.push(id);
      registered.set(id, fn);
    },
    Error: FakeExcelError,
    ErrorCode,
  };
  const context = vm.createContext(withHost ? { CustomFunctions, console } : { console });
  vm.runInContext(script, context, { filename: "functions.js" });
  return { registered, calls };
}

const bundle = once(() => {
  const script = readDist("functions.js");
  const ids = (JSON.parse(readDist("functions.json")) as { functions: { id: string }[] }).functions.map((f) => f.id);
  return { script, ids, ...load(script) };
});

const call = (id: string, ...args: unknown[]): unknown[][] => {
  const fn = bundle().registered.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  return fn(...args);
};
/** The single cell of a 1×1 result. */
const cell = (id: string, ...args: unknown[]): unknown => {
  const out = call(id, ...args);
  expect(out).toHaveLength(1);
  expect(out[0]).toHaveLength(1);
  return out[0]![0];
};
const expectError = (value: unknown, code: string) => {
  expect(value).toBeInstanceOf(FakeExcelError);
  expect((value as FakeExcelError).code).toBe(code);
};

describe("dist/functions.js is a self-contained classic script", () => {
  it("has no import, export or require", () => {
    const { script } = bundle();
    expect(script).not.toMatch(/(^|[;}\s])import\s*[\s{*"'(]/);
    expect(script).not.toMatch(/(^|[;}\s])export\s*[\s{*]/);
    expect(script).not.toMatch(/\brequire\s*\(/);
    expect(script).not.toMatch(/import\.meta/);
  });

  it("makes no requests and names no URL", () => {
    const { script } = bundle();
    expect(script).not.toMatch(/https?:\/\//);
    expect(script).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|importScripts/);
  });

  it("is minified", () => {
    const { script } = bundle();
    expect(script.split("\n").length).toBeLessThan(10);
  });

  it("loads without error where there is no CustomFunctions (a plain page) and registers nothing", () => {
    const { script } = bundle();
    expect(() => load(script, false)).not.toThrow();
  });
});

describe("registration", () => {
  it("registers every function of functions.json once, and nothing else", () => {
    const { ids, calls, registered } = bundle();
    expect(ids.length).toBeGreaterThan(0);
    expect([...calls].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(typeof registered.get(id)).toBe("function");
  });
});

describe("worked examples through the bundle (arguments as Excel passes them: matrices, null when omitted)", () => {
  it("EXECRATE: 32132.93 ÷ 36353.37 = 88.39%", () => {
    expect(cell("EXECRATE", [[32132.93]], [[36353.37]])).toBeCloseTo(0.883905, 6);
  });

  it("EXECSCORE: min(88.39%, 100%) × 10 = 8.84, weight and profile omitted", () => {
    expect(cell("EXECSCORE", [[32132.93]], [[36353.37]], null, null)).toBe(8.84);
  });

  it("SCORE: 99.1% against ≥95% earns the full 7 points", () => {
    expect(cell("SCORE", [["99.1%"]], [["≥95%"]], [[7]], null, null)).toBe(7);
  });

  it("DEBTRATIO: 388.73 ÷ 17467.49 = 2.23%", () => {
    expect(cell("DEBTRATIO", [[388.73]], [[17467.49]])).toBeCloseTo(0.0222545, 7);
  });

  it("DEBTRATIO with zero assets is #DIV/0!", () => {
    expectError(cell("DEBTRATIO", [[388.73]], [[0]]), "#DIV/0!");
  });

  it("GRADE: 88.5 is 良", () => {
    expect(call("GRADE", [[88.5]], null)).toEqual([["良"]]);
  });

  it("CHANGERATE: (269.35 − 300) ÷ 300 = −10.22%", () => {
    expect(cell("CHANGERATE", [[269.35]], [[300]])).toBeCloseTo(-0.1021667, 7);
  });

  it("SHARE: 1262.54 ÷ 17467.49 = 7.23%", () => {
    expect(cell("SHARE", [[1262.54]], [[17467.49]])).toBeCloseTo(0.0722794, 7);
  });

  it("CARRYOVERRATE: 4220.44 ÷ 36353.37 = 11.61%", () => {
    expect(cell("CARRYOVERRATE", [[4220.44]], [[36353.37]], null, null)).toBeCloseTo(0.1160949, 7);
  });

  it("QUALBAND: the partly-achieved band of a 10-point indicator starts at 6", () => {
    expect(cell("QUALBAND", [["部分达成年度指标并具有一定效果"]], [[10]], [["下限"]], null)).toBe(6);
  });

  it("COMMONSCORE: 预算完成率 92.8% under common-framework earns 3 of 5", () => {
    expect(cell("COMMONSCORE", [["预算完成率"]], [[0.928]], [[5]], [["common-framework"]])).toBe(3);
  });

  it("a column of executed amounts against one budget spills a column of rates", () => {
    expect(call("EXECRATE", [[1], [2], [3]], [[4]])).toEqual([[0.25], [0.5], [0.75]]);
  });

  it("ranges of different shapes are #VALUE! with a Chinese message", () => {
    const value = cell("EXECRATE", [[1], [2]], [[4, 5]]);
    expectError(value, "#VALUE!");
    expect((value as FakeExcelError).message).toMatch(/\p{Script=Han}/u);
  });

  it("an unknown profile is #N/A naming the profiles there are", () => {
    const value = cell("GRADE", [[88.5]], [["nowhere"]]);
    expectError(value, "#N/A");
    expect((value as FakeExcelError).message).toContain("national");
  });

  it("text that is not a figure is #VALUE!, never NaN", () => {
    expectError(cell("EXECRATE", [["abc"]], [[4]]), "#VALUE!");
  });
});
