/**
 * Mapping a table's columns by hand (模板 view), where its headers are not recognised: the header rows the reader
 * could not place (mappingCandidates, from the session's snapshot), each with a form — which table the row
 * heads, and for each field of that table the column that holds it (required fields marked), prefilled with
 * the guess — checked before saving (every required field mapped, no column twice). Saving writes the
 * workbook's settings with the mapping (one batch, undoable); the session reads the workbook again, and the
 * table is read from then on. The mappings saved are listed, each with whether its table is read, and can be
 * removed. No Office call here: everything goes through the session.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState, type FormEvent } from "react";
import { guessColumns, mappingCandidates, type MappingCandidate } from "../../core/model/column-candidates";
import {
  MAPPING_FIELDS,
  mappingProblems,
  readColumnMap,
  TABLE_KINDS,
  withColumnMap,
  withoutColumnMap,
  type ColumnMapping as Mapping,
  type MappedColumns,
  type MappingKey,
  type MappingProblem,
} from "../../core/model/column-map";
import type { TableKind } from "../../core/model/headers";
import { columnName } from "../../core/model/snapshot";
import type { WorkbookModel } from "../../core/model/types";
import { usePane, useSession, useWords } from "../state/pane-context";
import { COLUMN_MAPPING_WORDS, type ColumnMappingWords } from "./column-mapping-words";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: {
    margin: 0,
  },
  text: {
    margin: 0,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  headers: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
  },
});

/** A header row's key among the candidates and the mappings. */
const rowKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

/** The model's table of a mapping's kind, and whether it is the mapped one. */
function readAs(
  model: WorkbookModel,
  mapping: Mapping,
): { read: boolean; used: { sheet: string; row: number } | null } {
  const table = model[mapping.table];
  if (!table) return { read: false, used: null };
  const read = table.sheet === mapping.sheet && table.headerRow === mapping.headerRow;
  return { read, used: { sheet: table.sheet, row: table.headerRow } };
}

/** The column mapping of the 模板 view: no props, everything from the pane's session. */
export function ColumnMapping() {
  const styles = useStyles();
  const w = useWords(COLUMN_MAPPING_WORDS);
  const { session } = usePane();
  const state = useSession();
  const workbook = state.workbook;
  const headingId = useId();
  const candidates = useMemo(() => (workbook ? mappingCandidates(workbook.snapshot) : []), [workbook]);
  const stored = useMemo(() => (workbook ? readColumnMap(workbook.snapshot.settings) : null), [workbook]);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<{ intent: "success" | "warning" | "error"; text: string } | null>(null);

  if (!workbook || !stored) {
    return (
      <section className={styles.root} aria-labelledby={headingId}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {w.heading}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {w.noWorkbook}
        </Body1>
      </section>
    );
  }

  const busy = state.busy !== null;

  /** Writes the settings in one batch; the outcome as a message. Resolves to whether they were saved. */
  async function writeSettings(settings: Readonly<Record<string, string>>, label: string): Promise<boolean> {
    const result = await session.write({ writes: [], settings }, label);
    if (!result) {
      setMessage({ intent: "error", text: session.current.error ?? w.failed });
      return false;
    }
    if (result.settingsError) {
      setMessage({ intent: "error", text: w.settingsNotSaved(result.settingsError) });
      return false;
    }
    return true;
  }

  async function save(mapping: Mapping): Promise<void> {
    if (!(await writeSettings(withColumnMap(workbook!.snapshot.settings, mapping), w.saveBatch))) return;
    setOpen(null);
    const where = w.row(mapping.sheet, mapping.headerRow);
    const model = session.current.workbook?.model;
    const outcome = model ? readAs(model, mapping) : { read: false, used: null };
    const table = w.tableNames[mapping.table];
    setMessage(
      outcome.read || !outcome.used
        ? { intent: "success", text: w.saved(where, table) }
        : { intent: "warning", text: w.savedNotUsed(where, table, w.row(outcome.used.sheet, outcome.used.row)) },
    );
  }

  async function remove(mapping: Mapping): Promise<void> {
    const settings = withoutColumnMap(workbook!.snapshot.settings, mapping.sheet, mapping.headerRow);
    if (await writeSettings(settings, w.removeBatch))
      setMessage({ intent: "success", text: w.removed(w.row(mapping.sheet, mapping.headerRow)) });
  }

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {w.heading}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {w.intro}
      </Body1>
      {message && (
        <MessageBar intent={message.intent} politeness={message.intent === "error" ? "assertive" : "polite"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h4" className={styles.heading}>
        {w.candidates}
      </Subtitle2>
      {candidates.length === 0 ? (
        <Body1 as="p" className={styles.text}>
          {w.noCandidates}
        </Body1>
      ) : (
        <ul className={styles.list}>
          {candidates.map((c) => {
            const key = rowKey(c.sheet, c.headerRow);
            const isOpen = open === key;
            const lacking = c.missing.map((k) => w.fields[c.table][k] ?? k).join("、");
            return (
              <li key={key} className={styles.item}>
                <div className={styles.line}>
                  <Body1>{w.row(c.sheet, c.headerRow)}</Body1>
                  <Caption1>{w.reason[c.reason]}</Caption1>
                </div>
                <Caption1 className={styles.headers}>{c.cells.map((cell) => cell.text).join(" | ")}</Caption1>
                {c.reason === "incomplete" && lacking !== "" && <Caption1>{w.lacking(lacking)}</Caption1>}
                {isOpen ? (
                  <MappingForm candidate={c} words={w} busy={busy} onSave={save} onCancel={() => setOpen(null)} />
                ) : (
                  <div className={styles.actions}>
                    <Button
                      appearance="primary"
                      aria-label={w.mapLabel(c.sheet, c.headerRow)}
                      onClick={() => {
                        setOpen(key);
                        setMessage(null);
                      }}
                    >
                      {w.map}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <Subtitle2 as="h4" className={styles.heading}>
        {w.savedHeading}
      </Subtitle2>
      {stored.notes.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {w.storedProblems}
            <ul>
              {stored.notes.map((n, i) => (
                <li key={i}>{n.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {stored.mappings.length === 0 ? (
        <Body1 as="p" className={styles.text}>
          {w.noSaved}
        </Body1>
      ) : (
        <ul className={styles.list}>
          {stored.mappings.map((m) => {
            const { read } = readAs(workbook.model, m);
            return (
              <li key={rowKey(m.sheet, m.headerRow)} className={styles.item}>
                <div className={styles.line}>
                  <Body1>
                    {w.row(m.sheet, m.headerRow)} · {w.tableNames[m.table]}
                  </Body1>
                  <Badge appearance="tint" color={read ? "success" : "warning"}>
                    {read ? w.read : w.notRead}
                  </Badge>
                </div>
                <Caption1 className={styles.headers}>{describeMapping(m, w)}</Caption1>
                <div className={styles.actions}>
                  <Button
                    disabled={busy}
                    aria-label={w.removeLabel(m.sheet, m.headerRow)}
                    onClick={() => void remove(m)}
                  >
                    {w.remove}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** "三级指标 A、年度指标值 B …", in the order of the table's fields. */
function describeMapping(m: Mapping, w: ColumnMappingWords): string {
  return MAPPING_FIELDS[m.table]
    .filter((f) => m.columns[f.key] !== undefined)
    .map((f) => w.fieldAt(w.fields[m.table][f.key] ?? f.name, columnName(m.columns[f.key]!)))
    .join("、");
}

/** What is wrong with each field of a mapping, in the pane's words. */
function fieldErrors(table: TableKind, problems: readonly MappingProblem[], w: ColumnMappingWords) {
  const name = (k: MappingKey) => w.fields[table][k] ?? k;
  const errors: Partial<Record<MappingKey, string>> = {};
  for (const p of problems) {
    if (p.kind === "missing") errors[p.field] = w.missing;
    else if (p.kind === "needs") errors[p.field] = w.needs(name(p.needs));
    else
      for (const f of p.fields)
        errors[f] ??= w.twice(
          p.fields
            .filter((o) => o !== f)
            .map(name)
            .join("、"),
          columnName(p.col),
        );
  }
  return errors;
}

interface MappingFormProps {
  readonly candidate: MappingCandidate;
  readonly words: ColumnMappingWords;
  readonly busy: boolean;
  readonly onSave: (mapping: Mapping) => Promise<void>;
  readonly onCancel: () => void;
}

/** The form of one header row: its table, then a column for each field of the table. */
function MappingForm({ candidate, words: w, busy, onSave, onCancel }: MappingFormProps) {
  const styles = useStyles();
  const legendId = useId();
  const [table, setTable] = useState<TableKind>(candidate.table);
  const [columns, setColumns] = useState<MappedColumns>(candidate.guess);
  const [tried, setTried] = useState(false);
  const problems = mappingProblems({ table, columns });
  const errors = tried ? fieldErrors(table, problems, w) : {};

  function chooseTable(next: TableKind): void {
    setTable(next);
    setColumns(next === candidate.table ? candidate.guess : guessColumns(candidate.cells, next));
    setTried(false);
  }

  function choose(key: MappingKey, value: string): void {
    const next: Partial<Record<MappingKey, number>> = { ...columns };
    if (value === "") delete next[key];
    else next[key] = Number(value);
    setColumns(next);
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0) return;
    void onSave({ sheet: candidate.sheet, headerRow: candidate.headerRow, table, columns });
  }

  return (
    <form
      className={styles.form}
      aria-label={w.formLabel(candidate.sheet, candidate.headerRow)}
      onSubmit={submit}
      noValidate
    >
      <Field label={w.table}>
        {/* The form opens on demand: its first field takes the focus. */}
        <Select autoFocus value={table} onChange={(_, data) => chooseTable(data.value as TableKind)}>
          {TABLE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {w.tableNames[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.fieldset} aria-describedby={legendId}>
        <legend className={styles.legend}>
          <Body1>{w.fieldsLegend}</Body1>
        </legend>
        <Caption1 id={legendId}>{w.requiredNote}</Caption1>
        {MAPPING_FIELDS[table].map((f) => {
          const error = errors[f.key];
          return (
            <Field
              key={`${table}-${f.key}`}
              label={w.fields[table][f.key] ?? f.name}
              required={f.required}
              validationState={error ? "error" : "none"}
              validationMessage={error}
            >
              <Select
                value={columns[f.key] === undefined ? "" : String(columns[f.key])}
                onChange={(_, data) => choose(f.key, data.value)}
              >
                <option value="">{w.noColumn}</option>
                {candidate.cells.map((cell) => (
                  <option key={cell.col} value={String(cell.col)}>
                    {w.column(columnName(cell.col), cell.text)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </fieldset>
      {tried && problems.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{w.fixFirst}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {w.save}
        </Button>
        <Button onClick={onCancel}>{w.cancel}</Button>
      </div>
    </form>
  );
}
