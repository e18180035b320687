/**
 * The 检查 view's state and actions over the pane's session. The check runs on the workbook as the session last
 * read it, and again on every new read (the 检查 button, a fix, an acceptance, or the session's own refresh after
 * the user's edits), so the findings shown are never those of an older workbook. Every change to the workbook is
 * one batch through `session.write`, made only on the user's click.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { acceptanceOf, withAccepted, withoutAccepted, type Acceptance } from "../../core/checks/accepted";
import type { Finding } from "../../core/checks/types";
import { usePane, useSession } from "../state/pane-context";
import type { CheckResult } from "./results";

/** The checker (the rule catalogue, some 50 KB gzip), loaded at the first 检查 rather than with the pane: the view
 *  shows nothing until asked. Kept once loaded, so a view opened again has it at once. */
type Checker = typeof import("./results");
let loaded: Checker | null = null;
/** A rule's title, once the checker is loaded (a finding to accept or withdraw was shown by it). */
const ruleTitle = (rule: string): string => loaded?.ruleTitle(rule) ?? rule;
const loadChecker = (): Promise<Checker> =>
  import("./results").then((m) => {
    loaded = m;
    return m;
  });

/** What the last action did, shown above the findings (the words are chosen when it is shown). */
export type Notice =
  | { readonly kind: "fixed" | "partlyFixed" | "notFixed"; readonly label: string; readonly lines: readonly string[] }
  | { readonly kind: "accepted" | "withdrawn" }
  | { readonly kind: "settingsNotSaved" | "selectFailed" | "failed"; readonly lines: readonly string[] };

export interface CheckState {
  /** Null until the first check, and while there is no workbook. */
  readonly result: CheckResult | null;
  /** The user has asked for the check (from then on it follows every read of the workbook). */
  readonly checked: boolean;
  /** A newer read of the workbook is being checked: the result shown is about to be replaced. */
  readonly pending: boolean;
  readonly notice: Notice | null;
  readonly dismiss: () => void;
  /** Reads the workbook again and checks it. */
  readonly run: () => Promise<void>;
  readonly select: (finding: Finding) => Promise<void>;
  readonly fix: (finding: Finding) => Promise<void>;
  /** Accepts a warning with its explanation; returns why it could not, or null. */
  readonly accept: (finding: Finding, note: string, replacing: readonly Acceptance[]) => Promise<string | null>;
  readonly withdraw: (acceptance: Acceptance) => Promise<void>;
}

/** "绩效自评表!H17": a finding's place as a reviewer writes it. */
export function placeOf(finding: Pick<Finding, "sheet" | "cell">): string {
  return finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Sessions the user has asked to check: the view may be closed and opened again (another tab of the pane) and
 *  goes on checking without a second click. */
const asked = new WeakSet<object>();

export function useCheck(): CheckState {
  const { session } = usePane();
  const state = useSession();
  const [checked, setChecked] = useState(() => asked.has(session));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [checker, setChecker] = useState<Checker | null>(loaded);
  useEffect(() => {
    if (!checked || checker) return;
    let live = true;
    loadChecker().then(
      (m) => live && setChecker(m),
      () => live && setNotice({ kind: "failed", lines: ["未能加载检查程序，请关闭任务窗格后重新打开"] }),
    );
    return () => {
      live = false;
    };
  }, [checked, checker]);
  // The check runs in a render React may defer, so the pane answers the user while a large workbook is checked.
  const workbook = useDeferredValue(state.workbook);
  const result = useMemo(
    () => (checked && workbook && checker ? checker.checkWorkbook(workbook) : null),
    [checked, workbook, checker],
  );

  const run = useCallback(async () => {
    setNotice(null);
    const read = await session.refresh();
    asked.add(session);
    setChecked(true);
    if (!read) setNotice({ kind: "failed", lines: [session.current.error ?? "未能读取工作簿"] });
  }, [session]);

  const select = useCallback(
    async (finding: Finding) => {
      try {
        await session.host.select(finding.sheet, finding.cell);
      } catch (error) {
        setNotice({ kind: "selectFailed", lines: [messageOf(error)] });
      }
    },
    [session],
  );

  const fix = useCallback(
    async (finding: Finding) => {
      const { fix: f } = finding;
      if (!f) return;
      setNotice(null);
      const done = await session.write({ writes: f.writes }, f.label);
      if (!done) return setNotice({ kind: "notFixed", label: f.label, lines: [session.current.error ?? ""] });
      const lines = done.skipped.map((s) => s.reason);
      if (lines.length === 0) setNotice({ kind: "fixed", label: f.label, lines });
      else setNotice({ kind: done.applied.length > 0 ? "partlyFixed" : "notFixed", label: f.label, lines });
    },
    [session],
  );

  const accept = useCallback(
    async (finding: Finding, note: string, replacing: readonly Acceptance[]): Promise<string | null> => {
      const current = session.current.workbook;
      if (!current) return "尚未读取工作簿";
      const made = acceptanceOf(finding, note, new Date());
      if (!made.ok) return made.message;
      setNotice(null);
      const settings = withAccepted(current.snapshot.settings, made.value, replacing);
      const done = await session.write(
        { writes: [], settings },
        `接受提示：${ruleTitle(finding.rule)}（${placeOf(finding)}）`,
      );
      if (!done) return session.current.error ?? "未能保存";
      if (done.settingsError) return done.settingsError;
      setNotice({ kind: "accepted" });
      return null;
    },
    [session],
  );

  const withdraw = useCallback(
    async (acceptance: Acceptance) => {
      const current = session.current.workbook;
      if (!current) return;
      setNotice(null);
      const settings = withoutAccepted(current.snapshot.settings, acceptance);
      const done = await session.write(
        { writes: [], settings },
        `撤销接受：${ruleTitle(acceptance.rule)}（${placeOf(acceptance)}）`,
      );
      if (!done) return setNotice({ kind: "failed", lines: [session.current.error ?? ""] });
      setNotice(done.settingsError ? { kind: "settingsNotSaved", lines: [done.settingsError] } : { kind: "withdrawn" });
    },
    [session],
  );

  const dismiss = useCallback(() => setNotice(null), []);

  const pending = checked && (workbook !== state.workbook || (!checker && workbook !== null));

  return { result, checked, pending, notice, dismiss, run, select, fix, accept, withdraw };
}
