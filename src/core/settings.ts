/**
 * jixiao's settings stored in the workbook (WorkbookSnapshot.settings: key → JSON text), so that every colleague
 * opening the workbook works with the same rules. The keys, and the reading of the rule profile:
 *   profile   the built-in profile's id ("national"), or a whole profile (a unit's own file)
 *   accepted  warnings accepted with a written explanation (checks/accepted.ts)
 *   report    what jixiao wrote into the report (narrative/marks.ts)
 *   columns   columns mapped by hand where headers are not recognised (model/column-map.ts)
 */
import { DEFAULT_PROFILE, findProfile, validateProfile, type Profile } from "./profile";

export const SETTING = {
  profile: "profile",
  accepted: "accepted",
  report: "report",
  columns: "columns",
} as const;

export interface ProfileSetting {
  readonly profile: Profile;
  /** Whether the workbook stores a usable profile (else `profile` is the default, and a framework recognised
   *  from the tables may stand in: framework.ts). */
  readonly stored: boolean;
  /** Why the stored profile could not be used (the default is used instead), or null. */
  readonly problem: string | null;
  /** Whether it is a unit's own profile stored whole in the workbook. */
  readonly custom: boolean;
}

/** The profile the workbook asks for; the national default where it asks for none or for one that is not valid. */
export function profileSetting(settings: Readonly<Record<string, string>>): ProfileSetting {
  const raw = settings[SETTING.profile];
  if (raw === undefined || raw.trim() === "")
    return { profile: DEFAULT_PROFILE, stored: false, problem: null, custom: false };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  if (typeof value === "string") {
    const found = findProfile(value);
    return found.ok
      ? { profile: found.value, stored: true, problem: null, custom: false }
      : {
          profile: DEFAULT_PROFILE,
          stored: false,
          problem: `工作簿设置的规则口径“${value}”不存在，已按全国通用口径检查`,
          custom: false,
        };
  }
  const valid = validateProfile(value);
  return valid.ok
    ? { profile: valid.value, stored: true, problem: null, custom: true }
    : {
        profile: DEFAULT_PROFILE,
        stored: false,
        problem: `工作簿中保存的规则口径无效（${valid.message}），已按全国通用口径检查`,
        custom: true,
      };
}

/** Settings with the profile set: a built-in one by its id, a unit's own profile whole. */
export function withProfile(
  settings: Readonly<Record<string, string>>,
  profile: Profile,
  builtIn: boolean,
): Readonly<Record<string, string>> {
  return { ...settings, [SETTING.profile]: JSON.stringify(builtIn ? profile.id : profile) };
}
