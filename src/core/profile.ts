/**
 * Rule profiles: the built-in ones (national default and local variants, each a JSON file in `profiles/`)
 * and any a user loads. Every profile is validated on load; a broken one is refused with a Chinese message
 * that names the field and what was expected.
 */
import nationalJson from "./profiles/national.json";
import commonFrameworkJson from "./profiles/common-framework.json";
import strictLocalJson from "./profiles/strict-local.json";
import evaluationFrameworkJson from "./profiles/evaluation-framework.json";
import type { Op } from "./figures";
import type { CommonRule, Profile, RateRule } from "./profile-types";
import { fail, ok, type Result } from "./result";

export type { Profile } from "./profile-types";

const OPS: readonly Op[] = ["≥", ">", "≤", "<", "="];

class ProfileError {
  constructor(readonly message: string) {}
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads fields of one JSON object, recording the path for messages. */
class Reader {
  constructor(
    private readonly obj: Record<string, Json>,
    private readonly path: string,
  ) {}

  private where(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  private bad(key: string, expected: string): never {
    const actual = JSON.stringify(this.obj[key]) ?? "（缺失）";
    throw new ProfileError(`字段 ${this.where(key)} 应为${expected}，实为 ${actual}`);
  }

  string(key: string): string {
    const v = this.obj[key];
    if (typeof v !== "string" || v.trim() === "") this.bad(key, "非空文字");
    return v;
  }

  number(key: string, min = -Infinity, max = Infinity): number {
    const v = this.obj[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
      const range = max === Infinity ? (min === -Infinity ? "数" : `不小于 ${min} 的数`) : `${min} 到 ${max} 之间的数`;
      this.bad(key, range);
    }
    return v;
  }

  nullableNumber(key: string, min: number, max: number): number | null {
    return this.obj[key] === null ? null : this.number(key, min, max);
  }

  boolean(key: string): boolean {
    const v = this.obj[key];
    if (typeof v !== "boolean") this.bad(key, " true 或 false");
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const v = this.obj[key];
    if (typeof v !== "string" || !values.includes(v as T)) this.bad(key, `其中之一：${values.join("、")}`);
    return v as T;
  }

  object(key: string): Reader {
    const v = this.obj[key];
    if (!isObject(v)) this.bad(key, "对象 {…}");
    return new Reader(v, this.where(key));
  }

  array(key: string): Reader[] {
    const v = this.obj[key];
    if (!Array.isArray(v)) this.bad(key, "数组 […]");
    return v.map((item, i) => {
      if (!isObject(item)) throw new ProfileError(`字段 ${this.where(key)}[${i}] 应为对象 {…}`);
      return new Reader(item, `${this.where(key)}[${i}]`);
    });
  }

  stringArray(key: string): string[] {
    const v = this.obj[key];
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) this.bad(key, "文字数组");
    return v as string[];
  }

  numberRecord(key: string, min: number, max: number): Record<string, number> {
    const r = this.object(key);
    const out: Record<string, number> = {};
    for (const k of r.keys()) out[k] = r.number(k, min, max);
    return out;
  }

  keys(): string[] {
    return Object.keys(this.obj);
  }
}

function readRateRule(r: Reader): RateRule {
  const method = r.oneOf("method", ["proportional", "tiered"] as const);
  if (method === "proportional") return { method };
  return {
    method,
    full: r.number("full", 0, 10),
    stepPoints: r.number("stepPoints", 0.01, 100),
    deductPerStep: r.number("deductPerStep", 0, 100),
  };
}

function readCommonRule(r: Reader): CommonRule {
  const method = r.oneOf("method", ["proportional", "tiered", "target", "perPointAbove", "steps"] as const);
  switch (method) {
    case "proportional":
    case "tiered":
      return readRateRule(r);
    case "target":
      return { method, op: r.oneOf("op", OPS), target: r.number("target", 0) };
    case "perPointAbove":
      return {
        method,
        limit: r.number("limit", 0, 10),
        deductPerPoint: r.number("deductPerPoint", 0, 100),
        wholePoints: r.boolean("wholePoints"),
      };
    case "steps": {
      const steps = r.array("steps").map((s) => ({ upTo: s.number("upTo", 0, 10), share: s.number("share", 0, 1) }));
      for (let i = 1; i < steps.length; i++) {
        if (steps[i]!.upTo <= steps[i - 1]!.upTo)
          throw new ProfileError(`字段 steps 的 upTo 应从小到大排列（第 ${i + 1} 档）`);
      }
      return { method, steps };
    }
  }
}

function readProfile(raw: Json): Profile {
  if (!isObject(raw)) throw new ProfileError("规则口径文件应为一个 JSON 对象 {…}");
  const r = new Reader(raw, "");
  const id = r.string("id");
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new ProfileError(`字段 id 只能含字母、数字、- 和 _，实为 "${id}"`);
  const totalWeight = r.number("totalWeight", 1, 1000);
  const firstLevelWeights = r.numberRecord("firstLevelWeights", 0, totalWeight);
  const qualitativeBands = r.array("qualitativeBands").map((b) => {
    const band = {
      grade: b.string("grade"),
      aliases: b.stringArray("aliases"),
      min: b.number("min", 0, 1),
      max: b.number("max", 0, 1),
    };
    if (band.min >= band.max) throw new ProfileError(`定性分档“${band.grade}”的 min 应小于 max`);
    return band;
  });
  if (qualitativeBands.length === 0) throw new ProfileError("字段 qualitativeBands 至少应有一档");
  const grades = r.array("grades").map((g) => ({ grade: g.string("grade"), min: g.number("min", 0, totalWeight) }));
  if (grades.length === 0 || grades[grades.length - 1]!.min !== 0) {
    throw new ProfileError("字段 grades 应从高到低排列，最后一档的 min 应为 0");
  }
  for (let i = 1; i < grades.length; i++) {
    if (grades[i]!.min >= grades[i - 1]!.min) throw new ProfileError("字段 grades 应按 min 从高到低排列");
  }
  const reasons = r.object("reasons");
  const tolerances = r.object("tolerances");
  const common = r.object("commonIndicators");
  const commonIndicators: Record<string, CommonRule> = {};
  for (const name of common.keys()) commonIndicators[name] = readCommonRule(common.object(name));
  return {
    id,
    name: r.string("name"),
    nameEn: r.string("nameEn"),
    basis: r.string("basis"),
    description: r.string("description"),
    totalWeight,
    firstLevelWeights,
    execution: readRateRule(r.object("execution")),
    reverseMethod: r.oneOf("reverseMethod", ["ratio", "deviation"] as const),
    overAchievementReasonAt: r.nullableNumber("overAchievementReasonAt", 1, 100),
    qualitativeBands,
    grades,
    totalCaps: r.array("totalCaps").map((c) => ({
      execRateBelow: c.number("execRateBelow", 0, 1),
      maxTotal: c.number("maxTotal", 0, totalWeight),
    })),
    reasons: {
      belowFullScore: reasons.boolean("belowFullScore"),
      execRateBelow: reasons.nullableNumber("execRateBelow", 0, 1),
      maxLength: reasons.nullableNumber("maxLength", 1, 100000),
    },
    textLimits: r.numberRecord("textLimits", 1, 100000),
    tolerances: {
      sum: tolerances.number("sum", 0, 1000),
      ratePoints: tolerances.number("ratePoints", 0, 100),
      score: tolerances.number("score", 0, 100),
    },
    lowExecutionBelow: r.number("lowExecutionBelow", 0, 1),
    carryoverBase: r.oneOf("carryoverBase", ["budget", "expenditure"] as const),
    commonIndicators,
    requiredIndicators: r.array("requiredIndicators").map((q) => ({
      first: q.string("first"),
      second: q.string("second"),
      third: q.string("third"),
    })),
  };
}

/** Validates a profile read from JSON; the failure names the field and what was expected. */
export function validateProfile(raw: unknown): Result<Profile> {
  try {
    return ok(readProfile(raw));
  } catch (e) {
    if (e instanceof ProfileError) return fail("value", `规则口径无效：${e.message}`);
    throw e;
  }
}

/** Parses a profile file's text (JSON); the failure says what is wrong in Chinese. */
export function parseProfile(text: string, fileName = "规则口径文件"): Result<Profile> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail("value", `${fileName} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
  const result = validateProfile(raw);
  return result.ok ? result : fail("value", `${fileName}：${result.message}`);
}

function builtIn(raw: unknown): Profile {
  const r = validateProfile(raw);
  if (!r.ok) throw new Error(`built-in profile is invalid: ${r.message}`);
  return r.value;
}

/** The profiles that ship with jixiao; the first is the default. */
export const BUILT_IN_PROFILES: readonly Profile[] = [
  builtIn(nationalJson),
  builtIn(commonFrameworkJson),
  builtIn(strictLocalJson),
  builtIn(evaluationFrameworkJson),
];

export const DEFAULT_PROFILE: Profile = BUILT_IN_PROFILES[0]!;

const byKey = new Map<string, Result<Profile>>();
for (const p of BUILT_IN_PROFILES) {
  byKey.set(p.id.toLowerCase(), ok(p));
  byKey.set(p.name, ok(p));
}
const DEFAULT_RESULT = ok(DEFAULT_PROFILE);

/**
 * The profile named by a function argument: its id (national, common-framework, strict-local) or its Chinese
 * name; null, undefined or blank give the default. An unknown name is a failure with code "na".
 */
export function findProfile(name: unknown, extra: readonly Profile[] = []): Result<Profile> {
  if (name === null || name === undefined || (typeof name === "string" && name.trim() === "")) {
    return DEFAULT_RESULT;
  }
  if (typeof name !== "string") return fail("na", `规则口径应为口径名称，如 "national"，实为 ${String(name)}`);
  const key = name.trim();
  const own = extra.find((p) => p.id === key || p.name === key);
  if (own) return ok(own);
  const found = byKey.get(key.toLowerCase()) ?? byKey.get(key);
  if (found) return found;
  const known = [...BUILT_IN_PROFILES, ...extra].map((p) => p.id).join("、");
  return fail("na", `未知的规则口径“${key}”，可用：${known}`);
}
