/**
 * Which evaluation framework a workbook follows, recognised from its indicator table, and the rule profile it is
 * checked by. The first-level indicators tell the frameworks apart:
 *   产出指标 / 效益指标 / 满意度指标 (with 预算执行率)   the national self-evaluation table, 财预〔2020〕10号
 *   投入 / 过程 / 产出 / 效果                            the 共性指标 framework of 部门整体支出, 财预〔2013〕53号
 *   决策 / 过程 / 产出 / 效益, 部门决策 / 部门管理 / 部门绩效, 项目决策 / 项目管理 / 项目绩效
 *                                                       an evaluation framework scored level by level
 * The profile comes from, in this order: the user's choice for this check (--profile, the pane's setting), the
 * workbook's own setting, the framework recognised, the national default. Every output names it.
 */
import { BUILT_IN_PROFILES, DEFAULT_PROFILE, type Profile } from "./profile";
import type { WorkbookModel } from "./model/types";
import { profileSetting } from "./settings";

export type ProfileSource = "option" | "workbook" | "recognised" | "default";

export interface ProfileChoice {
  readonly profile: Profile;
  readonly source: ProfileSource;
  /** Why the workbook's own setting could not be used, or null. */
  readonly problem: string | null;
  /** Whether the profile is a unit's own, stored whole in the workbook. */
  readonly custom: boolean;
}

/** A first-level label as a bare word: "一、产出指标（50分）" → "产出", "部门决策" → "部门决策". */
function firstLevelWord(text: string): string {
  return text
    .replace(/\s/g, "")
    .replace(/^[一二三四五六七八九十]+[、.．]/, "")
    .replace(/[（(][^）)]*[）)]$/, "")
    .replace(/指标$/, "");
}

const COMMON = new Set(["投入", "过程", "产出", "效果"]);
const COMMON_OWN = new Set(["投入", "效果"]);
const EVALUATION = new Set([
  "决策",
  "过程",
  "管理",
  "产出",
  "效益",
  "绩效",
  "部门决策",
  "部门管理",
  "部门绩效",
  "项目决策",
  "项目管理",
  "项目绩效",
  "项目过程",
  "项目产出",
  "项目效益",
]);
const EVALUATION_OWN = new Set(["决策", "部门决策", "部门管理", "部门绩效", "项目决策", "项目管理", "项目绩效"]);

const byId = (id: string): Profile => BUILT_IN_PROFILES.find((p) => p.id === id) ?? DEFAULT_PROFILE;

/** The built-in profile of the framework the indicator table follows, or null where it is the national table
 *  or there is no table. */
export function recognisedProfile(model: WorkbookModel): Profile | null {
  const firsts = new Set(
    (model.indicators?.rows ?? []).map((r) => (r.first ? firstLevelWord(r.first.text) : "")).filter((w) => w !== ""),
  );
  if (firsts.size === 0) return null;
  const all = (set: ReadonlySet<string>) => [...firsts].every((w) => set.has(w));
  const some = (set: ReadonlySet<string>) => [...firsts].some((w) => set.has(w));
  if (all(COMMON) && some(COMMON_OWN)) return byId("common-framework");
  if (all(EVALUATION) && some(EVALUATION_OWN)) return byId("evaluation-framework");
  return null;
}

/** The profile to check a workbook by (see the top of this file). `chosen` is the user's choice for this check. */
export function chooseProfile(
  model: WorkbookModel,
  settings: Readonly<Record<string, string>>,
  chosen?: Profile | null,
): ProfileChoice {
  if (chosen) return { profile: chosen, source: "option", problem: null, custom: false };
  const stored = profileSetting(settings);
  if (stored.stored)
    return { profile: stored.profile, source: "workbook", problem: stored.problem, custom: stored.custom };
  const recognised = recognisedProfile(model);
  if (recognised) {
    const problem = stored.problem?.replace("已按全国通用口径检查", `已按${recognised.name}检查`) ?? null;
    return { profile: recognised, source: "recognised", problem, custom: false };
  }
  return { profile: DEFAULT_PROFILE, source: "default", problem: stored.problem, custom: false };
}

/** How the outputs name the profile a check used: "按共性指标框架检查（由表格识别）". */
export function profileLine(choice: ProfileChoice): string {
  const how =
    choice.source === "option"
      ? "（按指定）"
      : choice.source === "workbook"
        ? "（按工作簿设置）"
        : choice.source === "recognised"
          ? "（由表格的一级指标识别）"
          : "";
  return `按${choice.profile.name}检查${how}`;
}
