/**
 * Accepting a warning: a dialog that asks for the written explanation a reviewer expects (required, at most
 * NOTE_LIMIT characters, whitespace not counted), prefilled with the earlier one where the warning was accepted
 * before its figures changed. Nothing is saved until the user confirms.
 */
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { NOTE_LIMIT, noteLength, noteProblem, type Acceptance } from "../../core/checks/accepted";
import type { Finding } from "../../core/checks/types";
import { useWords } from "../state/pane-context";
import { placeOf } from "./useCheck";
import { WORDS } from "./words";

const useStyles = makeStyles({
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
  },
});

/** The warning being accepted, and an earlier acceptance of it that lapsed. */
export interface AcceptTarget {
  readonly finding: Finding;
  readonly earlier: Acceptance | null;
}

export interface AcceptDialogProps {
  readonly target: AcceptTarget | null;
  readonly onDismiss: () => void;
  /** Saves the acceptance; resolves to why it could not be saved, or null. */
  readonly onConfirm: (note: string) => Promise<string | null>;
}

function AcceptForm({ target, onDismiss, onConfirm }: AcceptDialogProps & { readonly target: AcceptTarget }) {
  const styles = useStyles();
  const w = useWords(WORDS);
  const [note, setNote] = useState(target.earlier?.note ?? "");
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const n = noteLength(note);
  const problem = noteProblem(note);
  const shownProblem = problem && (tried || n > NOTE_LIMIT) ? problem : null;
  const { finding } = target;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem || saving) return;
    setSaving(true);
    setFailure(null);
    const why = await onConfirm(note);
    setSaving(false);
    if (why) setFailure(why);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogBody>
        <DialogTitle as="h2">{w.dialogTitle[finding.severity === "info" ? "info" : "warning"]}</DialogTitle>
        <DialogContent className={styles.content}>
          <Body1>{w.dialogIntro}</Body1>
          <p className={styles.quote}>
            <Body1>
              {placeOf(finding)}：{finding.message}
            </Body1>
          </p>
          <Field
            label={w.noteLabel}
            required
            validationState={shownProblem ? "error" : "none"}
            validationMessage={shownProblem ?? undefined}
            hint={w.noteCount(n, NOTE_LIMIT)}
          >
            <Textarea value={note} onChange={(_, data) => setNote(data.value)} rows={4} resize="vertical" />
          </Field>
          {failure ? (
            <MessageBar intent="error">
              <MessageBarBody>
                {w.settingsNotSaved}：{failure}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabledFocusable={saving}>
            {saving ? w.saving : w.confirm}
          </Button>
          <Button type="button" onClick={onDismiss} disabledFocusable={saving}>
            {w.cancel}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}

export function AcceptDialog(props: AcceptDialogProps) {
  const { target } = props;
  return (
    <Dialog open={target !== null} onOpenChange={(_, data) => (data.open ? undefined : props.onDismiss())}>
      <DialogSurface>
        {target ? (
          <AcceptForm
            key={`${target.finding.rule}|${placeOf(target.finding)}|${target.finding.message}`}
            {...props}
            target={target}
          />
        ) : null}
      </DialogSurface>
    </Dialog>
  );
}
