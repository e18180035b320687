/**
 * 报告: check a unit's report document (Word, PDF, text) beside the workbook (DocumentCheck.tsx); choose the
 * outline, write the report from the workbook, preview it with every figure a link to its
 * cell, fill it into the report sheet (the change list first, then one batch), undo the last fill, export it to
 * Word. The report is written again whenever the workbook is read again, so the preview is never stale. The
 * Word export is loaded only when used.
 */
import {
  Button,
  Checkbox,
  Divider,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { detectOutline, planFill, settledReportOf, type FillPlan } from "../../core/narrative/index";
import { OUTLINE_IDS, type OutlineId, type ReportDocument } from "../../core/narrative/types";
import { DOCX_MIME } from "../../workbook/host";
import { catalogueFindings } from "../state/findings";
import { usePane, useSession, useWords } from "../state/pane-context";
import { DocumentCheck } from "./DocumentCheck";
import { FillDialog } from "./FillDialog";
import { ReportPreview } from "./ReportPreview";
import { WORDS } from "./words";

export const FILL_LABEL = "填写报告";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

type Notice = {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: string;
  readonly details?: readonly string[];
};

function fileName(doc: ReportDocument): string {
  const base = `${doc.year ?? ""}${doc.year ? "年度" : ""}${doc.unitName ?? ""}${doc.outline === "自评报告" ? "整体支出绩效自评报告" : "整体支出绩效评价报告"}`;
  return `${base.replace(/[\\/:*?"<>|]/g, "")}.docx`;
}

export function ReportView() {
  const styles = useStyles();
  const w = useWords(WORDS);
  const { session } = usePane();
  const { workbook, busy, done } = useSession();
  const [choice, setChoice] = useState<OutlineId | "auto">("auto");
  const [shown, setShown] = useState(false);
  const [plan, setPlan] = useState<FillPlan | null>(null);
  const fillButton = useRef<HTMLButtonElement>(null);
  // When the fill dialog has closed (confirmed or cancelled), the focus goes back to the button that opened it:
  // left on the page's body, it would leave the pane hidden from screen readers (Fluent's modal dialog keeps
  // everything outside it aria-hidden until the focus is somewhere again).
  const dialogOpen = useRef(false);
  useEffect(() => {
    if (plan) dialogOpen.current = true;
    else if (dialogOpen.current) {
      dialogOpen.current = false;
      fillButton.current?.focus();
    }
  }, [plan]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [exporting, setExporting] = useState(false);
  const [asWritten, setAsWritten] = useState(false);

  const detected = useMemo(
    () =>
      workbook?.model.report
        ? detectOutline(
            workbook.model.report.paragraphs.map((p) => p.text),
            workbook.model.report.sheet,
          )
        : null,
    [workbook],
  );
  // The report as it may be published: the checker's errors in its text corrected where that is safe, the rest
  // for the person to settle first (narrative/corrections.ts), unless they keep the text as written.
  const settledDoc = useMemo(
    () =>
      workbook && shown
        ? settledReportOf(workbook.snapshot, workbook.model, {
            profile: workbook.profile,
            findings: catalogueFindings(workbook.model, workbook.profile),
            asWritten,
            ...(choice === "auto" ? {} : { outline: choice }),
          })
        : null,
    [workbook, shown, choice, asWritten],
  );
  const doc = settledDoc?.doc ?? null;
  const settled = settledDoc?.settled ?? null;
  const blocked = settled !== null && !asWritten && settled.undecided.length > 0;

  const select = (sheet: string, a1: string) =>
    void session.host
      .select(sheet, a1)
      .catch((e: unknown) => setNotice({ intent: "error", text: String((e as Error).message ?? e) }));

  const startFill = (newSheet?: string) => {
    if (!doc || !workbook) return;
    const outcome = planFill(workbook.snapshot, doc, newSheet ? { newSheet } : {});
    if (!outcome.ok) {
      setNotice({ intent: "warning", text: outcome.message });
      return;
    }
    setNotice(null);
    setPlan(outcome.plan);
  };

  const confirmFill = async () => {
    const p = plan;
    setPlan(null);
    if (!p) return;
    const result = await session.write(
      { writes: p.writes, settings: p.settings, ...(p.newSheet ? { newSheets: [p.newSheet] } : {}) },
      FILL_LABEL,
    );
    if (!result) return; // the app shows the session's error
    setNotice(
      result.skipped.length > 0
        ? {
            intent: "warning",
            text: `${w.filled(p.summary)}${w.skipped(result.skipped.length)}`,
            details: result.skipped.map((s) => s.reason),
          }
        : { intent: "success", text: w.filled(p.summary) },
    );
  };

  const undoFill = async () => {
    const result = await session.undo();
    if (!result) return;
    setNotice(
      result.skipped.length > 0
        ? {
            intent: "warning",
            text: `${w.undone}${w.skipped(result.skipped.length)}`,
            details: result.skipped.map((s) => s.reason),
          }
        : { intent: "success", text: w.undone },
    );
  };

  const exportWord = async () => {
    if (!doc) return;
    setExporting(true);
    try {
      const { reportToDocx } = await import("../../export/word");
      const name = fileName(doc);
      await session.host.save(name, await reportToDocx(doc), DOCX_MIME);
      setNotice({ intent: "success", text: w.exported(name) });
    } catch (e) {
      setNotice({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      setExporting(false);
    }
  };

  if (!workbook)
    return (
      <section className={styles.view} aria-label={w.preview}>
        <DocumentCheck />
        <Spinner label={w.noWorkbook} />
      </section>
    );
  const lastIsFill = done[0]?.label === FILL_LABEL;
  const refused = notice?.intent === "warning" && !plan && doc && /可改为写入新工作表/.test(notice.text);

  return (
    <section className={styles.view} aria-label={w.preview}>
      <DocumentCheck />
      <Divider />
      <Subtitle1 as="h2" className={styles.heading}>
        {w.writeHeading}
      </Subtitle1>
      <Field label={w.outline}>
        <Select value={choice} onChange={(_, d) => setChoice(d.value as OutlineId | "auto")}>
          <option value="auto">{detected ? w.outlineAuto(detected) : w.outlineNone}</option>
          {OUTLINE_IDS.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => setShown(true)} disabled={busy !== null && !shown}>
          {shown ? w.regenerate : w.generate}
        </Button>
        {/* While a batch is written the button stays focusable (disabledFocusable): the focus comes back to it when
            the fill dialog closes. */}
        <Button
          ref={fillButton}
          onClick={() => startFill()}
          disabled={!doc || blocked}
          disabledFocusable={doc !== null && !blocked && busy !== null}
        >
          {w.fill}
        </Button>
        <Button onClick={() => void exportWord()} disabled={!doc || blocked || exporting}>
          {exporting ? w.exporting : w.exportWord}
        </Button>
        {lastIsFill ? (
          <Button onClick={() => void undoFill()} disabled={busy !== null}>
            {w.undoFill}
          </Button>
        ) : null}
      </div>
      {notice ? (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            {notice.text}
            {notice.details ? (
              <ul>
                {notice.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
            {refused ? (
              <Button size="small" onClick={() => startFill(doc.outline)}>
                {w.fillNewSheet}
              </Button>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {settled ? (
        <Checkbox
          checked={asWritten}
          onChange={(_, d) => setAsWritten(d.checked === true)}
          label={w.asWritten}
          disabled={settled.corrections.length === 0 && settled.undecided.length === 0 && !asWritten}
        />
      ) : null}
      {settled && !asWritten && settled.corrections.length > 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {w.corrected(settled.corrections.length)}
            <ul>
              {settled.corrections.map((c, i) => (
                <li key={i}>{c.line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {blocked ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {w.undecided(settled.undecided.length)}
            <ul>
              {settled.undecided.map((c, i) => (
                <li key={i}>{c.line}</li>
              ))}
            </ul>
            {w.undecidedHint}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {settled && asWritten && settled.corrections.length + settled.undecided.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{w.keptAsWritten(settled.corrections.length + settled.undecided.length)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {settled && settled.warnings.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {w.warnings(settled.warnings.length)}
            <ul>
              {settled.warnings.map((c, i) => (
                <li key={i}>{c.line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {busy === "writing" ? <Spinner size="tiny" /> : null}
      {doc ? (
        <>
          <p>
            {w.summary(
              doc.nodes.filter((n) => n.state === "generated").length,
              doc.nodes.filter((n) => n.state === "kept").length,
              doc.nodes.filter((n) => n.state === "place").length,
              doc.blocks.reduce((n, b) => n + (b.kind === "passage" ? b.passage.gaps.length : 0), 0),
            )}
          </p>
          <ReportPreview doc={doc} onSelect={select} />
        </>
      ) : null}
      {plan ? <FillDialog plan={plan} onConfirm={() => void confirmFill()} onCancel={() => setPlan(null)} /> : null}
    </section>
  );
}
