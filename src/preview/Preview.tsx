/**
 * The browser preview: the task pane beside a grid of the workbook, over an .xlsx file held in the browser (a
 * bundled sample by default; any .xlsx can be opened or dropped in). The pane is the same App as in Excel, on
 * the .xlsx host: findings are marked in the grid, the pane's links select cells in it, the user's edits in the
 * grid make the pane check again, and the changed workbook downloads as .xlsx.
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
import { xlsxHost, type XlsxHost } from "../workbook/xlsx-host";
import { areaOf, cellKey, Grid, type GridSelection } from "./Grid";
import { SAMPLES, WORDS } from "./words";

const useStyles = makeStyles({
  page: { height: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: { flex: 1, display: "flex", minHeight: 0 },
  grid: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  pane: {
    width: "400px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  dropping: { outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  file: { display: "none" },
  hint: { color: tokens.colorNeutralForeground3 },
});

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface PreviewProps {
  readonly theme: ThemeName;
  readonly language: Language;
  readonly initial: { readonly bytes: Uint8Array; readonly fileName: string };
  /** Fetches a bundled sample's bytes. */
  readonly loadSample: (file: string) => Promise<Uint8Array>;
}

export function Preview({ theme, language, initial, loadSample }: PreviewProps) {
  const styles = useStyles();
  const w = WORDS[language];
  const [selection, setSelection] = useState<GridSelection | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const [choice, setChoice] = useState<Language | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const host: XlsxHost = useMemo(
    () =>
      xlsxHost({
        ...initial,
        save: downloadFile,
        onSelect: (sheet, a1) => {
          const area = areaOf(a1);
          if (area) setSelection({ sheet, area });
        },
      }),
    [initial],
  );
  const session = useMemo(() => new PaneSession(host, 400), [host]);
  const [state, setState] = useState(session.current);
  useEffect(() => {
    const unsubscribe = session.subscribe(() => setState(session.current));
    void session.refresh();
    session.watch();
    return () => {
      unsubscribe();
      session.dispose();
    };
  }, [session]);

  const lang = choice ?? language;
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

  const open = async (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) {
      setMessage(w.notXlsx(file.name));
      return;
    }
    setMessage(null);
    setSelection(null);
    host.open(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  const openSample = async (file: string) => {
    setSelection(null);
    host.open(await loadSample(file), file);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };

  const edit = async (sheet: string, row: number, col: number, value: Parameters<XlsxHost["edit"]>[3]) => {
    const refused = await host.edit(sheet, row, col, value);
    setMessage(refused ? w.editRefused(refused) : null);
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
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={w.open}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) void open(file);
            }}
          />
          <Select aria-label={w.sample} value="" onChange={(_, d) => d.value && void openSample(d.value)}>
            <option value="">{w.sample}</option>
            {SAMPLES.map((s) => (
              <option key={s.file} value={s.file}>
                {s.label}
              </option>
            ))}
          </Select>
          <Button appearance="primary" onClick={() => void downloadFile(host.fileName, host.bytes, XLSX_MIME)}>
            {w.download}
          </Button>
          <Caption1 className={styles.hint}>
            {host.fileName} · {w.drop} · {w.local}
          </Caption1>
        </header>
        {message ? (
          <MessageBar intent="warning">
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        ) : null}
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
                  moreLabel={w.more}
                />
              </PaneProvider>
            ) : (
              <Spinner label={w.loading} />
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
