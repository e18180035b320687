/**
 * The 报告 view's report document: “检查 Word/PDF 报告…” opens a Word, PDF or text report, read in the page and
 * never uploaded (state/report-document.ts); its findings are listed by severity and rule as the 检查 view lists
 * the workbook's, each at its paragraph (and page) with the sentence quoted — and no fix: a document is never
 * written. The report is checked against the workbook's tables where the workbook has any (as `jixiao check
 * --report` pairs them, document/findings.ts), else by itself, and the view says which. The check follows the
 * workbook: after the user's edits it is made again. A file that does not read is one Chinese line, the document
 * before it kept.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import type { Finding } from "../../core/checks/types";
import { checkDocument, hasFigureTables, type LocatedFinding } from "../../workbook/document/findings";
import type { DocumentRead } from "../../workbook/document/types";
import { FigureTerms } from "../check/FigureTerms";
import { FindingGroups } from "../check/FindingGroups";
import { groupFindings } from "../check/results";
import { WORDS as CHECK_WORDS } from "../check/words";
import { usePane, useReportDocument, useSession, useWords } from "../state/pane-context";
import type { WorkbookState } from "../state/session";
import { DOCUMENT_WORDS } from "./document-words";

/** What the file picker offers (the reader decides by the bytes: another file is read or refused all the same). */
const ACCEPT = [
  ".docx",
  ".pdf",
  ".txt",
  ".md",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/pdf",
  "text/plain",
  "text/markdown",
].join(",");

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  file: { display: "none" },
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  facts: { margin: 0, overflowWrap: "anywhere" },
  quiet: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  message: { overflowWrap: "anywhere" },
  dl: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
  },
});

/** A finding of the document: its message, figures, paragraph (and page) and the sentence; nothing to press. */
function DocumentFinding({ finding }: { readonly finding: LocatedFinding }) {
  const styles = useStyles();
  const w = useWords(DOCUMENT_WORDS);
  const place = finding.place;
  return (
    <li className={styles.item}>
      <Body1 className={styles.message}>{finding.message}</Body1>
      <dl className={styles.dl}>
        <FigureTerms finding={finding} termClass={styles.term} valueClass={styles.value} />
        {place ? (
          <>
            <dt className={styles.term}>{w.location}</dt>
            <dd className={styles.value}>{w.place(place)}</dd>
          </>
        ) : null}
      </dl>
      {place?.quote ? (
        <blockquote className={styles.quote} aria-label={w.quote}>
          <Body1>“{place.quote}”</Body1>
        </blockquote>
      ) : null}
    </li>
  );
}

/** The document's paragraphs, pages (a PDF) and tables, as read. */
function readOf(read: DocumentRead): { paragraphs: number; pages: number | null; tables: string[] } {
  let paragraphs = 0;
  let pages: number | null = null;
  for (const p of read.places.list) {
    if (p.sheet === read.places.reportSheet) paragraphs = Math.max(paragraphs, p.paragraph);
    if (p.page !== null) pages = Math.max(pages ?? 0, p.page);
  }
  return { paragraphs, pages, tables: read.snapshot.sheets.slice(1).map((s) => s.name) };
}

/** The document checked against the workbook (where it has tables) or by itself. */
function checked(read: DocumentRead, workbook: WorkbookState | null) {
  const paired = workbook !== null && hasFigureTables(workbook.model);
  const { model, findings } = paired
    ? checkDocument(read, workbook.snapshot, null, workbook.model)
    : checkDocument(read, null);
  // Beside the workbook, the findings in its own sheets are the 检查 view's: here only the report's.
  const own = paired ? findings.filter((f) => f.place) : findings;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of own) counts[f.severity]++;
  return {
    paired,
    hasReport: model.report !== null,
    findings: own,
    elsewhere: findings.length - own.length,
    counts,
    groups: groupFindings(own),
  };
}

export function DocumentCheck() {
  const styles = useStyles();
  const w = useWords(DOCUMENT_WORDS);
  const c = useWords(CHECK_WORDS);
  const { session } = usePane();
  const { workbook } = useSession();
  const { document: doc, reading, error } = useReportDocument();
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId("document-heading");

  const result = useMemo(() => (doc ? checked(doc.read, workbook) : null), [doc, workbook]);
  const facts = useMemo(() => (doc ? readOf(doc.read) : null), [doc]);
  const total = result ? result.findings.length : 0;
  const workbookName = session.host.fileName ?? null;

  return (
    <section className={styles.view} aria-labelledby={headingId} aria-busy={reading !== null}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {w.heading}
      </Subtitle1>
      {!doc ? <Body1 className={styles.intro}>{w.intro}</Body1> : null}
      <div className={styles.actions}>
        <Button onClick={() => input.current?.click()}>{w.open}</Button>
        <input
          ref={input}
          className={styles.file}
          type="file"
          accept={ACCEPT}
          aria-label={w.open}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void session.document.open(file);
          }}
        />
        {doc || reading ? <Button onClick={() => session.document.clear()}>{w.clear}</Button> : null}
        {reading !== null ? <Spinner size="tiny" labelPosition="after" label={w.reading(reading)} /> : null}
      </div>
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {doc && result && facts ? (
        <div className={styles.results}>
          <Body1 className={styles.facts}>{w.file(doc.fileName, w.kinds[doc.read.kind])}</Body1>
          <Caption1 className={styles.quiet}>{w.read(facts.paragraphs, facts.pages, facts.tables)}</Caption1>
          {result.paired ? (
            <Body1 className={styles.facts}>{w.paired(workbookName)}</Body1>
          ) : (
            <>
              <Body1 className={styles.facts}>{w.alone}</Body1>
              <Caption1 className={styles.quiet}>{w.aloneWhy}</Caption1>
            </>
          )}
          {doc.read.notes.length > 0 || !result.hasReport ? (
            <ul className={styles.notes}>
              {!result.hasReport ? (
                <li>
                  <Caption1>{w.noReport}</Caption1>
                </li>
              ) : null}
              {doc.read.notes.map((n, i) => (
                <li key={i}>
                  <Caption1>{n}</Caption1>
                </li>
              ))}
            </ul>
          ) : null}
          <p className={styles.facts} role="status">
            <Body1>{total === 0 ? w.clean : c.summary(result.counts, 0)}</Body1>
          </p>
          {result.elsewhere > 0 ? <Caption1 className={styles.quiet}>{w.elsewhere(result.elsewhere)}</Caption1> : null}
          <FindingGroups
            result={{ groups: result.groups, accepted: [], lapsed: [] }}
            renderFinding={(f: Finding) => <DocumentFinding finding={f as LocatedFinding} />}
          />
        </div>
      ) : null}
    </section>
  );
}
