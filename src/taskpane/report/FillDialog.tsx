/**
 * The fill's change list, shown before anything is written: the summary, then each change (写入 / 更新 / 移动 /
 * 清空, its row and its text). Nothing is written until the user confirms.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FillPlan } from "../../core/narrative/fill";
import { useWords } from "../state/pane-context";
import { WORDS } from "./words";

const useStyles = makeStyles({
  list: {
    maxHeight: "50vh",
    overflowY: "auto",
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  kind: { fontWeight: tokens.fontWeightSemibold },
});

const excerpt = (text: string | null) => (text === null ? "" : text.length > 40 ? `${text.slice(0, 40)}……` : text);

export interface FillDialogProps {
  readonly plan: FillPlan;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function FillDialog({ plan, onConfirm, onCancel }: FillDialogProps) {
  const styles = useStyles();
  const w = useWords(WORDS);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{w.changesTitle}</DialogTitle>
          <DialogContent>
            <p>{plan.summary}</p>
            {/* Focusable, so that the keyboard can scroll a long list of changes (axe: scrollable-region-focusable). */}
            <ol className={styles.list} aria-label={w.changesTitle} tabIndex={0}>
              {plan.changes.map((c, i) => (
                <li key={i}>
                  <Caption1>
                    <span className={styles.kind}>{w.kinds[c.kind]}</span> {w.row(c.row)}
                    {c.from !== null ? w.from(c.from) : ""}：{excerpt(c.text)}
                  </Caption1>
                </li>
              ))}
            </ol>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} disabled={plan.writes.length === 0 && !plan.newSheet}>
              {w.confirmFill}
            </Button>
            <Button onClick={onCancel}>{w.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
