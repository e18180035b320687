/**
 * dist/functions.json (custom-functions-metadata's output) and dist/functions.zh-cn.json (the same with the
 * Chinese text of ZH_CN): one set of functions, told apart only by their text.
 */
import { describe, expect, it } from "vitest";
import { localizeMetadata, type Metadata } from "../scripts/build";
import * as functions from "../src/functions/functions";
import { ZH_CN } from "../src/functions/zh-cn";
import { once, readDist } from "./setup/dist";

const HAN = /\p{Script=Han}/u;

const built = once(() => {
  const enText = readDist("functions.json");
  return {
    enText,
    en: JSON.parse(enText) as Metadata,
    zh: JSON.parse(readDist("functions.zh-cn.json")) as Metadata,
  };
});

describe("functions.json", () => {
  it("lists exactly the exports of src/functions/functions.ts, each under its own name", () => {
    const { en } = built();
    const exported = Object.keys(functions).sort();
    expect(en.functions.map((f) => f.id).sort()).toEqual(exported);
    for (const f of en.functions) {
      expect(f.name).toBe(f.id);
      expect(typeof (functions as Record<string, unknown>)[f.id]).toBe("function");
    }
  });

  it("has no JSDoc leftovers (@param, @returns, …) in its text", () => {
    const { enText } = built();
    expect(enText).not.toContain("@");
  });

  it("gives every function and parameter a description", () => {
    const { en } = built();
    for (const f of en.functions) {
      expect(f.description?.trim(), f.id).toBeTruthy();
      for (const p of f.parameters) expect(p.description?.trim(), `${f.id}.${p.name}`).toBeTruthy();
    }
  });

  it("declares the arguments as matrices, so that a cell or a range may be passed", () => {
    const { en } = built();
    for (const f of en.functions) {
      for (const p of f.parameters) expect(p.dimensionality, `${f.id}.${p.name}`).toBe("matrix");
      expect(f.result.dimensionality, f.id).toBe("matrix");
    }
  });
});

describe("functions.zh-cn.json", () => {
  it("has the same functions, names, parameter order, types, dimensionality and optional flags", () => {
    const { en, zh } = built();
    const shape = (m: Metadata) =>
      m.functions.map((f) => ({
        id: f.id,
        name: f.name,
        options: f.options,
        result: { ...f.result, description: undefined },
        parameters: f.parameters.map((p) => ({
          type: p.type,
          dimensionality: p.dimensionality,
          optional: p.optional ?? false,
          repeating: p.repeating ?? false,
        })),
      }));
    expect(shape(zh)).toEqual(shape(en));
    const { functions: _en, ...enRest } = en;
    const { functions: _zh, ...zhRest } = zh;
    expect(zhRest).toEqual(enRest);
  });

  it("is in Chinese: every description and parameter name contains Chinese characters", () => {
    const { zh } = built();
    for (const f of zh.functions) {
      expect(f.description, f.id).toMatch(HAN);
      for (const p of f.parameters) {
        expect(p.name.trim(), f.id).not.toBe("");
        expect(p.name, `${f.id} parameter name`).toMatch(HAN);
        expect(p.description, `${f.id}.${p.name}`).toMatch(HAN);
      }
      const names = f.parameters.map((p) => p.name);
      expect(new Set(names).size, `${f.id}: parameter names must differ`).toBe(names.length);
    }
  });

  it("takes its text from ZH_CN, parameter by parameter in order", () => {
    const { en, zh } = built();
    for (const [i, f] of zh.functions.entries()) {
      const table = ZH_CN[f.id]!;
      expect(f.description).toBe(table.description);
      const english = en.functions[i]!.parameters.map((p) => p.name);
      expect(f.parameters.map((p) => p.name)).toEqual(english.map((n) => table.parameters[n]!.name));
    }
  });
});

describe("localizeMetadata refuses a table that does not match", () => {
  const metadata = (): Metadata => ({
    functions: [
      {
        id: "GRADE",
        name: "GRADE",
        description: "Grade",
        parameters: [
          { name: "total", type: "any", dimensionality: "matrix" },
          { name: "profile", type: "any", dimensionality: "matrix", optional: true },
        ],
        result: { dimensionality: "matrix" },
      },
    ],
  });
  const grade = ZH_CN.GRADE!;

  it("accepts the matching table", () => {
    expect(localizeMetadata(metadata(), { GRADE: grade }).functions[0]!.parameters[1]).toMatchObject({
      name: "规则口径",
      optional: true,
    });
  });

  it("a function missing from the table", () => {
    expect(() => localizeMetadata(metadata(), {})).toThrow(/ZH_CN 缺少函数 GRADE/);
  });

  it("an extra function in the table", () => {
    expect(() => localizeMetadata(metadata(), { GRADE: grade, EXTRA: grade })).toThrow(/多出函数 EXTRA/);
  });

  it("a parameter missing from the table", () => {
    const { profile: _, ...onlyTotal } = grade.parameters;
    expect(() => localizeMetadata(metadata(), { GRADE: { ...grade, parameters: onlyTotal } })).toThrow(
      /缺少参数 profile/,
    );
  });

  it("an extra parameter in the table", () => {
    const parameters = { ...grade.parameters, year: { name: "年度", description: "年度" } };
    expect(() => localizeMetadata(metadata(), { GRADE: { ...grade, parameters } })).toThrow(/多出参数 year/);
  });

  it("parameters in another order", () => {
    const { total, profile } = grade.parameters;
    const parameters = { profile: profile!, total: total! };
    expect(() => localizeMetadata(metadata(), { GRADE: { ...grade, parameters } })).toThrow(/参数顺序/);
  });
});
