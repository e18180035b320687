/**
 * The 检查 view: one button reads the workbook and checks it; the findings are listed by severity and rule with
 * their counts, each with its figures, its place (a link that selects the cell in Excel), its fix where the rule
 * has a safe one, and, for a warning, accepting it with a written explanation kept in the workbook. From the first
 * check on, the view checks again whenever the session reads the workbook again (after a fix, an acceptance, or the
 * user's own edits), so what it shows is never stale. No Office call here: everything goes through the session.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Acceptance } from "../../core/checks/accepted";
import type { Finding } from "../../core/checks/types";
import { useSession, useWords } from "../state/pane-context";
import { AcceptDialog, type AcceptTarget } from "./AcceptDialog";
import { FindingGroups, type FindingActions } from "./FindingGroups";
import { NoticeBar } from "./NoticeBar";
import { useCheck } from "./useCheck";
import { WORDS } from "./words";

const useStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  heading: {
    margin: 0,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    minHeight: "32px",
  },
  results: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  summary: {
    margin: 0,
  },
  quiet: {
    color: tokens.colorNeutralForeground3,
  },
});

export function CheckView() {
  const styles = useStyles();
  const w = useWords(WORDS);
  const session = useSession();
  const check = useCheck();
  const headingId = useId("check-heading");
  const [target, setTarget] = useState<AcceptTarget | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusNotice = useRef(false);
  const { result, notice } = check;
  const busy = session.busy === "writing";

  // After a fix or an acceptance the finding acted on may leave the list: the keyboard goes to what happened.
  useEffect(() => {
    if (!notice || target || !focusNotice.current) return;
    focusNotice.current = false;
    noticeRef.current?.focus();
  }, [notice, target]);

  const acted = useCallback(<A extends unknown[]>(action: (...args: A) => Promise<unknown>) => {
    return (...args: A) => {
      focusNotice.current = true;
      void action(...args);
    };
  }, []);

  const actions: FindingActions = {
    busy,
    onSelect: (finding: Finding) => void check.select(finding),
    onFix: acted(check.fix),
    onAccept: (finding: Finding, earlier: Acceptance | null) => setTarget({ finding, earlier }),
    onWithdraw: acted(check.withdraw),
  };

  const confirm = async (note: string): Promise<string | null> => {
    if (!target) return null;
    focusNotice.current = true;
    const why = await check.accept(target.finding, note, target.earlier ? [target.earlier] : []);
    if (why) focusNotice.current = false;
    else setTarget(null);
    return why;
  };

  const progress =
    session.busy === "reading"
      ? w.reading
      : session.busy === "writing"
        ? w.writing
        : session.stale && check.checked
          ? w.stale
          : check.pending
            ? w.checking
            : null;

  const total = result ? result.counts.error + result.counts.warning + result.counts.info : 0;

  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {w.heading}
      </Subtitle1>
      {!check.checked ? <Body1 className={styles.intro}>{w.intro}</Body1> : null}
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={() => void check.run()}>
          {w.run}
        </Button>
        {/* Seen beside the button; the pane's session status (shell/SessionStatus) is what is announced. */}
        {progress ? <Spinner size="tiny" labelPosition="after" label={progress} /> : null}
      </div>

      {notice ? <NoticeBar ref={noticeRef} notice={notice} onDismiss={check.dismiss} /> : null}
      {result?.acceptedSetting.problem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{w.acceptedProblem}</MessageBarTitle>
            {result.acceptedSetting.problem}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {check.checked && !result && !progress ? <Body1 className={styles.quiet}>{w.noWorkbook}</Body1> : null}

      {result && !result.recognised ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{w.noTables}</MessageBarTitle>
            {w.noTablesHint}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {result && result.recognised ? (
        <div className={styles.results} aria-busy={progress !== null}>
          <p className={styles.summary} role="status">
            <Body1>
              {total === 0 && result.accepted.length === 0 ? w.clean : w.summary(result.counts, result.accepted.length)}
            </Body1>
          </p>
          <FindingGroups result={result} actions={actions} />
          {result.lapsed.length > 0 ? (
            <Caption1 className={styles.quiet}>{w.lapsed(result.lapsed.length)}</Caption1>
          ) : null}
        </div>
      ) : null}

      <AcceptDialog target={target} onDismiss={() => setTarget(null)} onConfirm={confirm} />
    </section>
  );
}
