/**
 * Warnings accepted with a written explanation (GUIDE §7: 合理性 warnings may stand with a note), kept in the
 * workbook's settings under "accepted" so that every colleague who opens the workbook sees them as accepted.
 *
 * An acceptance names its finding by rule, sheet, cell and message. The message carries the figures, so when they
 * change the acceptance no longer matches and the warning shows again, to be looked at anew. Errors are never
 * accepted: they must be fixed before submission.
 *
 * The stored list is read leniently and written back losing nothing: an entry that cannot be read is kept as it
 * is (and reported), text that is not JSON at all is kept as one such entry, and the entries it can read keep
 * any fields a later version added.
 */
import { fail, ok, type Result } from "../result";
import { SETTING } from "../settings";
import { charCount } from "./indicator-table";
import type { Finding } from "./types";

/** Most characters of an explanation, counted as the checker counts text (whitespace not counted). */
export const NOTE_LIMIT = 200;

/** One accepted warning: which finding, why, and when (ISO 8601). */
export interface Acceptance {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly note: string;
  readonly at: string;
}

/** A stored entry: what it reads as (null when it cannot be read) and the stored value itself. */
export interface StoredEntry {
  readonly acceptance: Acceptance | null;
  readonly raw: unknown;
}

export interface AcceptedSetting {
  /** The acceptances that could be read, in stored order. */
  readonly acceptances: readonly Acceptance[];
  /** Every stored entry, readable or not, in stored order: what a rewrite of the setting keeps. */
  readonly entries: readonly StoredEntry[];
  /** What could not be read, in Chinese (the entries are kept untouched), or null. */
  readonly problem: string | null;
}

/** A finding together with the acceptance that matches it. */
export interface AcceptedFinding {
  readonly finding: Finding;
  readonly acceptance: Acceptance;
}

const EMPTY: AcceptedSetting = { acceptances: [], entries: [], problem: null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** An entry as an acceptance: rule, sheet, cell and message must be text (rule and message not blank); a missing
 *  note or date reads as "". */
function entryOf(raw: unknown): Acceptance | null {
  if (!isRecord(raw)) return null;
  const { rule, sheet, cell, message, note, at } = raw;
  if (typeof rule !== "string" || typeof sheet !== "string" || typeof cell !== "string") return null;
  if (typeof message !== "string" || rule.trim() === "" || message.trim() === "") return null;
  if (note !== undefined && typeof note !== "string") return null;
  if (at !== undefined && typeof at !== "string") return null;
  return { rule, sheet, cell, message, note: note ?? "", at: at ?? "" };
}

/** The accepted warnings a workbook's settings hold. */
export function readAccepted(settings: Readonly<Record<string, string>>): AcceptedSetting {
  const text = settings[SETTING.accepted];
  if (text === undefined || text.trim() === "") return EMPTY;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      acceptances: [],
      entries: [{ acceptance: null, raw: text }],
      problem: "工作簿中保存的已接受记录无法读取（不是有效的 JSON），各项警告按未接受显示；原记录保留未动",
    };
  }
  const raws = Array.isArray(parsed) ? parsed : [parsed];
  const entries = raws.map((raw) => ({ acceptance: entryOf(raw), raw }));
  const acceptances = entries.flatMap((e) => (e.acceptance ? [e.acceptance] : []));
  const unreadable = entries.length - acceptances.length;
  return {
    acceptances,
    entries,
    problem: unreadable === 0 ? null : `工作簿中保存的已接受记录有 ${unreadable} 条无法读取，已略过；原记录保留未动`,
  };
}

/** Whether two acceptances, or an acceptance and a finding, name the same finding. */
export function sameFinding(
  a: Pick<Acceptance, "rule" | "sheet" | "cell" | "message">,
  b: Pick<Acceptance, "rule" | "sheet" | "cell" | "message">,
): boolean {
  return a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell && a.message === b.message;
}

/** Warnings and info may be accepted; errors never. */
export function canAccept(finding: Finding): boolean {
  return finding.severity !== "error";
}

/** Length of an explanation as it is counted against NOTE_LIMIT. */
export function noteLength(note: string): number {
  return charCount(note);
}

/** Why an explanation cannot be saved, in Chinese, or null when it can. */
export function noteProblem(note: string, limit = NOTE_LIMIT): string | null {
  const n = noteLength(note);
  if (n === 0) return "请写明接受的理由";
  if (n > limit) return `理由不超过 ${limit} 字，现为 ${n} 字，多 ${n - limit} 字`;
  return null;
}

/** The acceptance of a warning with its explanation, made at `at`; refused for errors and for a blank or too long
 *  explanation. */
export function acceptanceOf(finding: Finding, note: string, at: Date): Result<Acceptance> {
  if (!canAccept(finding)) return fail("value", "错误不能接受，须在提交前更正");
  const problem = noteProblem(note);
  if (problem) return fail("value", problem);
  const { rule, sheet, cell, message } = finding;
  return ok({ rule, sheet, cell, message, note: note.trim(), at: at.toISOString() });
}

function withEntries(
  settings: Readonly<Record<string, string>>,
  entries: readonly StoredEntry[],
): Readonly<Record<string, string>> {
  const rest = { ...settings };
  delete rest[SETTING.accepted];
  return entries.length === 0 ? rest : { ...rest, [SETTING.accepted]: JSON.stringify(entries.map((e) => e.raw)) };
}

/**
 * Settings with `acceptance` added (in place of one for the same finding), every other key and entry kept.
 * `replacing`: acceptances it supersedes (an earlier one of the same cell whose figures have since changed).
 */
export function withAccepted(
  settings: Readonly<Record<string, string>>,
  acceptance: Acceptance,
  replacing: readonly Acceptance[] = [],
): Readonly<Record<string, string>> {
  const gone = [acceptance, ...replacing];
  const kept = readAccepted(settings).entries.filter(
    (e) => !e.acceptance || !gone.some((g) => sameFinding(g, e.acceptance!)),
  );
  return withEntries(settings, [...kept, { acceptance, raw: acceptance }]);
}

/** Settings with the acceptance withdrawn (the key removed when nothing is left), everything else kept. */
export function withoutAccepted(
  settings: Readonly<Record<string, string>>,
  acceptance: Pick<Acceptance, "rule" | "sheet" | "cell" | "message">,
): Readonly<Record<string, string>> {
  const kept = readAccepted(settings).entries.filter((e) => !e.acceptance || !sameFinding(e.acceptance, acceptance));
  return withEntries(settings, kept);
}

/** The acceptance that matches a finding, or null (always null for an error). */
export function matchAcceptance(finding: Finding, acceptances: readonly Acceptance[]): Acceptance | null {
  if (!canAccept(finding)) return null;
  return acceptances.find((a) => sameFinding(a, finding)) ?? null;
}

export interface SortedFindings {
  /** Findings still to deal with, in their order. */
  readonly open: readonly Finding[];
  /** Warnings accepted with an explanation. */
  readonly accepted: readonly AcceptedFinding[];
  /** Acceptances that match no finding any more (the figures changed, or the warning was dealt with). */
  readonly lapsed: readonly Acceptance[];
}

/** Findings split into the open and the accepted, with the acceptances that no longer match anything. */
export function sortAccepted(findings: readonly Finding[], acceptances: readonly Acceptance[]): SortedFindings {
  const open: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  const used = new Set<Acceptance>();
  for (const finding of findings) {
    const acceptance = matchAcceptance(finding, acceptances);
    if (acceptance) {
      accepted.push({ finding, acceptance });
      used.add(acceptance);
    } else open.push(finding);
  }
  return { open, accepted, lapsed: acceptances.filter((a) => !used.has(a)) };
}

/** A lapsed acceptance of the same rule and cell as a finding: the warning was accepted before its figures
 *  changed (its note is worth showing when the warning is looked at again), or null. */
export function earlierAcceptance(finding: Finding, lapsed: readonly Acceptance[]): Acceptance | null {
  if (!canAccept(finding)) return null;
  const same = lapsed.filter((a) => a.rule === finding.rule && a.sheet === finding.sheet && a.cell === finding.cell);
  return same[same.length - 1] ?? null;
}
