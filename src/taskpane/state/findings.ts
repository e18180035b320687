/**
 * The catalogue's findings on a workbook as the session read it, computed once per read: the 检查 view and the
 * preview's grid both show them, and a check of a large workbook takes a second.
 */
import { CATALOGUE } from "../../core/checks/catalogue";
import { runChecks } from "../../core/checks/run";
import type { Finding } from "../../core/checks/types";
import type { WorkbookModel } from "../../core/model/types";
import type { Profile } from "../../core/profile";

const cache = new WeakMap<WorkbookModel, WeakMap<Profile, readonly Finding[]>>();

export function catalogueFindings(model: WorkbookModel, profile: Profile): readonly Finding[] {
  let byProfile = cache.get(model);
  if (!byProfile) cache.set(model, (byProfile = new WeakMap()));
  let findings = byProfile.get(profile);
  if (!findings) byProfile.set(profile, (findings = runChecks(model, profile, CATALOGUE)));
  return findings;
}
