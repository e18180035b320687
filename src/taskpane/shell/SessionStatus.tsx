/** What the session has to say: reading or writing, a refresh due after the user's edits, the last failure (a
 *  protected sheet, an edit in progress …) and a profile setting the workbook holds that could not be used. */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useSession, useWords } from "../state/pane-context";
import { WORDS } from "./words";

export function SessionStatus() {
  const w = useWords(WORDS);
  const { busy, error, stale, workbook } = useSession();
  return (
    <div role="status" aria-live="polite">
      {busy === "reading" ? <Spinner size="tiny" label={w.reading} /> : null}
      {busy === "writing" ? <Spinner size="tiny" label={w.writing} /> : null}
      {stale && busy === null ? <Spinner size="tiny" label={w.stale} /> : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {workbook?.profileProblem ? (
        <MessageBar intent="warning">
          <MessageBarBody>{workbook.profileProblem}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
