/** The last batch written from the pane, with a button that undoes it as a whole. */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { usePane, useSession, useWords } from "../state/pane-context";
import { WORDS } from "./words";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function UndoBar() {
  const styles = useStyles();
  const w = useWords(WORDS);
  const { session } = usePane();
  const { done, busy } = useSession();
  const [message, setMessage] = useState<{ text: string; details: readonly string[] } | null>(null);
  const last = done[0];

  const undo = async () => {
    if (!last) return;
    const result = await session.undo();
    if (!result) return;
    const reasons = [...result.skipped.map((s) => s.reason), ...result.keptSheets.map((k) => k.reason)];
    setMessage({
      text: `${w.undone(last.label)}${reasons.length ? w.undoSkipped(reasons.length) : "。"}`,
      details: reasons,
    });
  };

  return (
    <>
      {last ? (
        <div className={styles.bar}>
          <Caption1>{w.lastDone(last.label)}</Caption1>
          <Button size="small" icon={<ArrowUndoRegular />} disabled={busy !== null} onClick={() => void undo()}>
            {w.undo}
          </Button>
        </div>
      ) : null}
      {message ? (
        <MessageBar intent={message.details.length ? "warning" : "success"}>
          <MessageBarBody>
            {message.text}
            {message.details.length ? (
              <ul>
                {message.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
