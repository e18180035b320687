/**
 * What the last action did: a fix written (or the cells it could not write, with the host's Chinese reasons), an
 * acceptance saved or withdrawn, a cell that could not be selected. Focusable, so the view can move the keyboard
 * here when the finding acted on leaves the list.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { Ref } from "react";
import { useWords } from "../state/pane-context";
import type { Notice } from "./useCheck";
import { WORDS, type CheckWords } from "./words";

const useStyles = makeStyles({
  bar: {
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  lines: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

function describe(notice: Notice, w: CheckWords): { intent: MessageBarIntent; title: string } {
  switch (notice.kind) {
    case "fixed":
      return { intent: "success", title: w.fixed(notice.label) };
    case "partlyFixed":
      return { intent: "warning", title: w.partlyFixed(notice.label) };
    case "notFixed":
      return { intent: "warning", title: w.notFixed(notice.label) };
    case "accepted":
      return { intent: "success", title: w.acceptedDone };
    case "withdrawn":
      return { intent: "success", title: w.withdrawn };
    case "settingsNotSaved":
      return { intent: "error", title: w.settingsNotSaved };
    case "selectFailed":
      return { intent: "error", title: w.selectFailed };
    case "failed":
      return { intent: "error", title: w.failed };
  }
}

export interface NoticeBarProps {
  readonly notice: Notice;
  readonly onDismiss: () => void;
  readonly ref?: Ref<HTMLDivElement>;
}

export function NoticeBar({ notice, onDismiss, ref }: NoticeBarProps) {
  const styles = useStyles();
  const w = useWords(WORDS);
  const { intent, title } = describe(notice, w);
  const lines = "lines" in notice ? notice.lines.filter((l) => l !== "") : [];
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      className={styles.bar}
      intent={intent}
      layout="multiline"
      role={intent === "success" ? "status" : "alert"}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {lines.length > 0 ? (
          <ul className={styles.lines}>
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {w.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
