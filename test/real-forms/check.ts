/**
 * The corpus checked as a user would check it: each case's .xlsx read by readXlsx, the model read, the rule
 * profile chosen as the command line chooses it (the workbook's setting, else the framework recognised from the
 * tables), every rule of the catalogue run, and the findings judged against the case's expectations.
 */
import { CATALOGUE } from "../../src/core/checks/catalogue";
import { runChecks } from "../../src/core/checks/run";
import type { Finding } from "../../src/core/checks/types";
import { readModel } from "../../src/core/model/read";
import { chooseProfile } from "../../src/core/framework";
import { readXlsx } from "../../src/workbook/xlsx";
import { judge, loadCorpus, type BuiltCase, type Verdict } from "./corpus";

export interface CorpusResult {
  readonly built: BuiltCase;
  /** The rule profile the case was checked by. */
  readonly framework: string;
  readonly findings: readonly Finding[];
  readonly verdict: Verdict;
}

export async function checkCorpus(): Promise<CorpusResult[]> {
  const results: CorpusResult[] = [];
  for (const built of await loadCorpus()) {
    const snapshot = await readXlsx(built.bytes);
    const model = readModel(snapshot);
    const { profile } = chooseProfile(model, snapshot.settings);
    const findings = runChecks(model, profile, CATALOGUE);
    results.push({ built, framework: profile.id, findings, verdict: judge(built.case, findings) });
  }
  return results;
}
