/**
 * The browser preview: the task pane beside a grid of the workbook, over an .xlsx file held in the browser (a
 * bundled sample by default; any .xlsx can be opened or dropped in; a Word, PDF or text report opened or dropped
 * in is read beside the workbook and checked against it in the pane's 报告 view). The pane is the same App as in Excel, on
 * the .xlsx host: findings are marked in the grid, the pane's links select cells in it, the user's edits in the
 * grid make the pane check again, and the changed workbook downloads as .xlsx. A file that does not open (not an
 * .xlsx, corrupt, an old .xls, encrypted, past the reader's bounds) changes nothing: the page says why, in Chinese,
 * and goes on showing the workbook it had. Below 720 px wide the grid and the pane stack.
 */
import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import type { Severity } from "../core/checks/types";
import { App } from "../taskpane/App";
import { downloadFile } from "../taskpane/download";
import { PaneProvider, type Language, type PaneServices } from "../taskpane/state/pane-context";
import { catalogueFindings } from "../taskpane/state/findings";
import { PaneSession } from "../taskpane/state/session";
import { THEMES, type ThemeName } from "../taskpane/theme";
import { XLSX_MIME } from "../workbook/host";
import { areaOf, cellKey, Grid, type GridSelection } from "./Grid";
import { previewHost, type OpenOutcome, type PreviewHost } from "./preview-host";
import { SAMPLES, WORDS } from "./words";

const useStyles = makeStyles({
  page: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    // Narrow windows (a phone, a window beside another): the page scrolls, the grid above the pane.
    "@media (max-width: 720px)": { height: "auto", minHeight: "100vh" },
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: {
    flex: 1,
    display: "flex",
    minHeight: 0,
    "@media (max-width: 720px)": { flexDirection: "column", flex: "none" },
  },
  grid: {
    flex: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    "@media (max-width: 720px)": { flex: "none", height: "60vh" },
  },
  pane: {
    width: "400px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 720px)": {
      width: "auto",
      overflowY: "visible",
      borderLeft: "none",
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  dropping: { outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  file: { display: "none" },
  hint: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  waiting: { padding: tokens.spacingVerticalL },
});

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A report document, opened beside the workbook (an old .doc or .wps too: the reader says to save it as .docx). */
const REPORT_FILE = /\.(?:docx|pdf|txt|md|doc|wps)$/i;
/** A workbook of another format than .xlsx. */
const SPREADSHEET_FILE = /\.(?:xls|xlsm|xlsb|xltx|xltm|xlam|et|ods|csv)$/i;
/** What the file input offers: workbooks and reports. */
const ACCEPT = [
  ".xlsx",
  ".docx",
  ".pdf",
  ".txt",
  ".md",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/pdf",
  "text/plain",
  "text/markdown",
].join(",");

export interface PreviewProps {
  readonly theme: ThemeName;
  readonly language: Language;
  readonly initial: { readonly bytes: Uint8Array; readonly fileName: string };
  /** Fetches a bundled sample's bytes. */
  readonly loadSample: (file: string) => Promise<Uint8Array>;
}

/** A message above the grid: why a file did not open, or why an edit was not written. */
interface Notice {
  readonly intent: "error" | "warning";
  readonly text: string;
}

export function Preview({ theme, language, initial, loadSample }: PreviewProps) {
  const styles = useStyles();
  const [selection, setSelection] = useState<GridSelection | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dropping, setDropping] = useState(false);
  const [choice, setChoice] = useState<Language | null>(null);
  /** The file being opened (the last one asked for), shown with a spinner until it opens or is refused. */
  const [opening, setOpening] = useState<string | null>(null);
  const asked = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);

  const host: PreviewHost = useMemo(
    () =>
      previewHost({
        ...initial,
        save: downloadFile,
        onSelect: (sheet, a1) => {
          const area = areaOf(a1);
          if (area) setSelection({ sheet, area });
        },
      }),
    [initial],
  );
  const [fileName, setFileName] = useState(host.fileName);
  const session = useMemo(() => new PaneSession(host, 400), [host]);
  const [state, setState] = useState(session.current);
  useEffect(() => {
    const unsubscribe = session.subscribe(() => setState(session.current));
    // Another workbook opened (a file, or the template as a new workbook): show it, read once.
    const unopened = host.onOpened(() => {
      setSelection(null);
      setFileName(host.fileName);
      void session.refresh();
    });
    void session.refresh();
    session.watch();
    return () => {
      unsubscribe();
      unopened();
      session.dispose();
    };
  }, [session, host]);

  const lang = choice ?? language;
  const w = WORDS[lang];
  const services: PaneServices = useMemo(
    () => ({ session, language: lang, languageChoice: choice, officeLanguage: language, setLanguage: setChoice }),
    [session, lang, choice, language],
  );

  const highlights = useMemo(() => {
    const map = new Map<string, Severity>();
    const wb = state.workbook;
    if (!wb) return map;
    for (const f of catalogueFindings(wb.model, wb.profile)) {
      for (const r of f.refs) {
        const key = cellKey(r.sheet, r.row, r.col);
        const had = map.get(key);
        if (!had || ORDER[f.severity] < ORDER[had]) map.set(key, f.severity);
      }
    }
    return map;
  }, [state.workbook]);

  /**
   * Opens a file's bytes: the page changes only once they read as a workbook; a refused file leaves the workbook,
   * its grid, findings and download as they were and says why. Only the last file asked for is reported on.
   */
  const openBytes = async (name: string, bytes: () => Promise<Uint8Array>, failed = w.refused) => {
    const ticket = ++asked.current;
    setOpening(name);
    let outcome: OpenOutcome;
    try {
      outcome = await host.open(await bytes(), name);
    } catch (error) {
      outcome = { kind: "refused", message: error instanceof Error ? error.message : String(error) };
    }
    if (ticket !== asked.current || outcome.kind === "superseded") return;
    setOpening(null);
    setNotice(
      outcome.kind === "refused" ? { intent: "error", text: failed(name, outcome.message, host.fileName) } : null,
    );
  };

  const open = (file: File) => {
    if (REPORT_FILE.test(file.name)) {
      // A report: read in the page beside the workbook, which stays open; the pane shows it in 报告.
      setNotice(null);
      void session.document.open(file);
      return;
    }
    if (!/\.xlsx$/i.test(file.name)) {
      asked.current++;
      setOpening(null);
      setNotice({
        intent: "warning",
        text: SPREADSHEET_FILE.test(file.name) ? w.notXlsx(file.name) : w.notOpenable(file.name),
      });
      return;
    }
    void openBytes(file.name, async () => new Uint8Array(await file.arrayBuffer()));
  };

  const openSample = (file: string) =>
    void openBytes(
      file,
      () => loadSample(file),
      (name, reason) => w.sampleFailed(name, reason),
    );

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (file) open(file);
  };

  const edit = async (sheet: string, row: number, col: number, value: Parameters<PreviewHost["edit"]>[3]) => {
    const refused = await host.edit(sheet, row, col, value);
    setNotice(refused ? { intent: "warning", text: w.editRefused(refused) } : null);
  };

  return (
    <FluentProvider theme={THEMES[theme]} lang={lang}>
      <div
        className={dropping ? `${styles.page} ${styles.dropping}` : styles.page}
        onDragOver={(e) => {
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
      >
        <header className={styles.bar}>
          <Subtitle2 as="h1">{w.title}</Subtitle2>
          <Button onClick={() => fileInput.current?.click()}>{w.open}</Button>
          <input
            ref={fileInput}
            className={styles.file}
            type="file"
            accept={ACCEPT}
            aria-label={w.open}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) open(file);
            }}
          />
          <Select aria-label={w.sample} value="" onChange={(_, d) => d.value && openSample(d.value)}>
            <option value="">{w.sample}</option>
            {SAMPLES.map((s) => (
              <option key={s.file} value={s.file}>
                {s.label}
              </option>
            ))}
          </Select>
          {/* Only a workbook that was read can be downloaded: never bytes that did not open. */}
          <Button
            appearance="primary"
            disabled={!state.workbook}
            onClick={() => void downloadFile(host.fileName, host.bytes, XLSX_MIME)}
          >
            {w.download}
          </Button>
          {opening !== null ? <Spinner size="tiny" label={w.opening(opening)} /> : null}
          <Caption1 className={styles.hint}>
            {fileName} · {w.drop} · {w.local}
          </Caption1>
        </header>
        <div role="status" aria-live="polite">
          {notice ? (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        <div className={styles.body}>
          <div className={styles.grid}>
            {state.workbook ? (
              <PaneProvider value={services}>
                <Grid
                  snapshot={state.workbook.snapshot}
                  highlights={highlights}
                  selection={selection}
                  onEdit={(s, r, c, v) => void edit(s, r, c, v)}
                  label={w.grid}
                />
              </PaneProvider>
            ) : state.busy === "reading" ? (
              <Spinner className={styles.waiting} label={w.loading} />
            ) : (
              <MessageBar intent="error" className={styles.waiting}>
                <MessageBarBody>{w.unread}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <aside className={styles.pane}>
            <App theme={theme} services={services} />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
