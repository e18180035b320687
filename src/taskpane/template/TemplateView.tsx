/**
 * 模板: insert the official template (core/template: 绩效自评表, 预算执行情况, 资产负债表, 单位基本情况) into the
 * workbook as new sheets, in one batch that can be undone, or open it as a new workbook (Excel.createWorkbook,
 * the .xlsx built by xlsx-template.ts, which carries ExcelJS and is loaded only when asked for). The year and
 * the unit's name are the user's; the rule profile is the workbook's. Below, the column mapping of another view
 * is rendered (`children`).
 *
 * No Office call here: the view goes through TemplateActions, by default over the session's host
 * (sessionTemplateActions). The insertion is recorded in the session like any batch (`session.perform`), so the
 * pane's undo bar undoes it as well as this view's own button.
 */
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import { defaultTemplateYear, invalidTemplateYear, SHEET_NAMES, type TemplateOptions } from "../../core/template";
import { HostError, type HostTemplateResult, type HostUndoResult } from "../../workbook/host";
import { usePane, useSession, useWords } from "../state/pane-context";
import type { PaneSession } from "../state/session";
import { WORDS } from "./words";

/** What the view does to the workbook. Each rejects with a HostError whose message the view shows. */
export interface TemplateActions {
  /** Whether the workbook's host can take the template at all (Excel, not a plain page). */
  readonly available: boolean;
  /** Inserts the template as new sheets (one batch) and reads the workbook again. */
  insert(options: TemplateOptions): Promise<HostTemplateResult>;
  /** Undoes an insertion (the sheets it created, where unchanged) and reads the workbook again. */
  undo(done: HostTemplateResult): Promise<HostUndoResult>;
  /** Opens the template as a new workbook; resolves to the number of its sheets. */
  createWorkbook(options: TemplateOptions): Promise<number>;
}

/** The label of an insertion in the pane's list of done batches. */
export const TEMPLATE_LABEL = "插入模板";

/** The actions over the session's host; the insertion goes on the session's undo stack. */
export function sessionTemplateActions(session: PaneSession): TemplateActions {
  const host = session.host;
  return {
    available: host.insertTemplate !== undefined && host.createWorkbook !== undefined,
    async insert(options) {
      const insertTemplate = host.insertTemplate;
      if (!insertTemplate) throw new HostError(WORDS["zh-CN"].unavailable);
      return session.perform(TEMPLATE_LABEL, (h) => insertTemplate.call(h, options));
    },
    async undo(done) {
      // The last batch of the pane: the session's undo keeps its stack right; an older one, the host's.
      if (session.current.done[0]?.result === done) {
        const result = await session.undo();
        if (!result) throw new HostError(session.current.error ?? WORDS["zh-CN"].unavailable);
        return result;
      }
      const result = await host.undo(done);
      await session.refresh();
      return result;
    },
    async createWorkbook(options) {
      if (!host.createWorkbook) throw new HostError(WORDS["zh-CN"].unavailable);
      const { templateWorkbook } = await import("../../workbook/xlsx-template");
      const { bytes, template } = await templateWorkbook(options);
      await host.createWorkbook(bytes);
      return template.sheets.length;
    },
  };
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  text: { margin: 0 },
  fields: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  year: { width: "8em" },
  name: { flexGrow: 1, minWidth: "12em" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  mapping: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
});

type Notice = {
  readonly intent: "success" | "warning" | "error";
  readonly lines: readonly string[];
  readonly details?: readonly string[];
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface TemplateViewProps {
  /** What the view does to the workbook; default over the session's host. */
  readonly actions?: TemplateActions;
  /** Rendered below the template: the column mapping (<ColumnMapping />). */
  readonly children?: ReactNode;
}

export function TemplateView({ actions, children }: TemplateViewProps) {
  const styles = useStyles();
  const w = useWords(WORDS);
  const { session } = usePane();
  const { workbook, busy } = useSession();
  const act = useMemo(() => actions ?? sessionTemplateActions(session), [actions, session]);
  const [year, setYear] = useState(String(defaultTemplateYear()));
  const [unitName, setUnitName] = useState("");
  const [working, setWorking] = useState<"insert" | "new" | "undo" | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [last, setLast] = useState<HostTemplateResult | null>(null);

  const yearProblem = invalidTemplateYear(Number(year.trim())) === null ? null : w.yearHint;
  const options = (): TemplateOptions => ({
    year: Number(year.trim()),
    unitName,
    ...(workbook ? { profile: workbook.profile } : {}),
  });
  const disabled = working !== null || busy !== null || yearProblem !== null || !act.available;

  const run = async (what: "insert" | "new" | "undo", work: () => Promise<Notice>) => {
    setWorking(what);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ intent: "error", lines: [messageOf(error)] });
    } finally {
      setWorking(null);
    }
  };

  const insert = () =>
    run("insert", async () => {
      const result = await act.insert(options());
      setLast(result);
      const renamed = result.template.sheets.some((s) => s.name !== SHEET_NAMES[s.key]);
      return {
        intent: "success",
        lines: [w.inserted(result.createdSheets), ...(renamed ? [w.renamed] : []), w.fillHint],
      };
    });

  const undo = () =>
    run("undo", async () => {
      if (!last) return { intent: "success", lines: [] };
      const result = await act.undo(last);
      setLast(null);
      const kept = result.keptSheets.map((k) => k.reason);
      const deleted = last.createdSheets.length - result.keptSheets.length;
      return kept.length
        ? { intent: "warning", lines: [w.undone(Math.max(0, deleted)), w.kept], details: kept }
        : { intent: "success", lines: [w.undone(deleted)] };
    });

  const create = () =>
    run("new", async () => {
      const sheets = await act.createWorkbook(options());
      return { intent: "success", lines: [w.created(sheets)] };
    });

  return (
    <div className={styles.view}>
      <Subtitle2 as="h2" className={styles.heading}>
        {w.heading}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {w.intro}
      </Body1>
      <div className={styles.fields}>
        <Field
          label={w.year}
          className={styles.year}
          validationState={yearProblem ? "error" : "none"}
          validationMessage={yearProblem ?? undefined}
        >
          <Input type="number" value={year} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field label={w.unitName} className={styles.name}>
          <Input value={unitName} placeholder={w.unitNamePlaceholder} onChange={(_, d) => setUnitName(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled} onClick={() => void insert()}>
          {working === "insert" ? w.inserting : w.insert}
        </Button>
        <Button disabled={disabled} onClick={() => void create()}>
          {working === "new" ? w.creating : w.newWorkbook}
        </Button>
        {last ? (
          <Button disabled={working !== null || busy !== null} onClick={() => void undo()}>
            {w.undo}
          </Button>
        ) : null}
      </div>
      {!act.available ? (
        <MessageBar intent="info">
          <MessageBarBody>{w.unavailable}</MessageBarBody>
        </MessageBar>
      ) : null}
      {notice && notice.lines.length > 0 ? (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            {notice.lines.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
            {notice.details?.length ? (
              <ul>
                {notice.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {/* Column mapping (<ColumnMapping />, another view's) goes here. */}
      {children ? (
        <section className={styles.mapping} aria-label={w.mappingHeading}>
          {children}
        </section>
      ) : null}
    </div>
  );
}
