/**
 * The preview's grid of the workbook's sheets: a tab per visible sheet, the sheet from A1 to its last cell or
 * merged area with column letters and row numbers, merged areas drawn over the cells they cover, the cells of
 * findings marked by severity, the cell the pane selected outlined and scrolled to.
 *
 * Virtualised in both directions (@tanstack/react-virtual): only the rows and columns on screen (and a few
 * around them) are in the page, so a sheet with one value at XFD1048576, a merged area over the whole sheet or a
 * million rows opens and scrolls, and a render costs what is visible, never what the sheet holds. The active cell
 * is always rendered (the grid keeps its one Tab stop wherever it is scrolled), and a merged area that crosses the
 * window is drawn in full from its top-left cell even when that cell is off screen.
 *
 * Keyboard: the arrow keys move the active cell (a merged area is one cell: down and right leave it from its far
 * edge), Page Up/Down by a screen, Home/End to the row's first/last column, Ctrl+Home/Ctrl+End to A1 and the last
 * cell; Enter or F2 edits, Enter saves, Escape cancels; double-click edits too. Screen readers get a grid with its
 * full size (aria-rowcount/colcount) and the place of every rendered row and cell (aria-rowindex/colindex).
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { Severity } from "../core/checks/types";
import { MergeIndex } from "../core/model/merges";
import {
  address,
  columnName,
  parseAddress,
  rowCells,
  cellIndexAtOrAfter,
  type Area,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../core/model/snapshot";
import { shown, typed } from "./cells";
import {
  columnWidths,
  extentOf,
  HEADER_HEIGHT,
  mergesInWindow,
  ROW_HEIGHT,
  rowHeaderWidth,
  type Extent,
} from "./window";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, minWidth: 0, height: "100%" },
  // Many sheets, or a narrow window: the tabs scroll sideways on their own, the page does not.
  tabs: { overflowX: "auto", flexShrink: 0 },
  scroller: {
    overflow: "auto",
    flex: 1,
    minHeight: 0,
    position: "relative",
    zIndex: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  canvas: { position: "relative" },
  headRow: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${HEADER_HEIGHT}px`,
  },
  body: { position: "relative" },
  row: { position: "absolute", left: 0 },
  head: {
    position: "absolute",
    top: 0,
    boxSizing: "border-box",
    height: `${HEADER_HEIGHT}px`,
    lineHeight: `${HEADER_HEIGHT - 1}px`,
    textAlign: "center",
    overflow: "hidden",
    whiteSpace: "nowrap",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { position: "sticky", left: 0, zIndex: 3, display: "block" },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    boxSizing: "border-box",
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    paddingRight: tokens.spacingHorizontalXS,
    textAlign: "right",
    whiteSpace: "nowrap",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    position: "absolute",
    top: 0,
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: "cell",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  merged: { display: "flex", alignItems: "center", justifyContent: "center", textAlign: "center" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  selected: { outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  active: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralStrokeAccessible}` },
  input: { width: "100%", height: "100%", font: "inherit", border: "none", padding: 0, boxSizing: "border-box" },
  mergedText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", maxWidth: "100%" },
});

export type Highlights = ReadonlyMap<string, Severity>;
export const cellKey = (sheet: string, row: number, col: number): string => `${sheet}!${row},${col}`;

export interface GridSelection {
  readonly sheet: string;
  readonly area: Area;
}

export interface GridProps {
  readonly snapshot: WorkbookSnapshot;
  readonly highlights: Highlights;
  readonly selection: GridSelection | null;
  readonly onEdit: (sheet: string, row: number, col: number, value: CellValue) => void;
  readonly label: string;
}

/** "H17" or "H10:H17" as an area. */
export function areaOf(a1: string): Area | null {
  const [from, to] = a1.split(":");
  const a = parseAddress(from ?? "");
  const b = to ? parseAddress(to) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const inside = (a: Area, row: number, col: number) =>
  row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;

const SEVERITY_WORD: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** The indexes a virtualizer renders, with `extra` (the active cell's row or column) added where it is missing. */
function withIndex(indexes: number[], extra: number, count: number): number[] {
  if (extra < 0 || extra >= count || indexes.includes(extra)) return indexes;
  const at = indexes.findIndex((i) => i > extra);
  if (at < 0) return [...indexes, extra];
  return [...indexes.slice(0, at), extra, ...indexes.slice(at)];
}

/** The first and last of the run of consecutive indexes that is on screen: `extra` alone far off is left out. */
function windowOf(indexes: readonly number[], extra: number): [number, number] | null {
  const run = indexes.filter(
    (i, k) => i !== extra || indexes[k - 1] === i - 1 || indexes[k + 1] === i + 1 || indexes.length === 1,
  );
  return run.length > 0 ? [run[0]!, run[run.length - 1]!] : null;
}

interface Cell {
  readonly row: number;
  readonly col: number;
  /** The merged area the cell is the top-left of, if any. */
  readonly area: Area | null;
}

interface SheetGridProps {
  readonly sheet: SheetSnapshot;
  readonly highlights: Highlights;
  readonly selection: Area | null;
  readonly onEdit: GridProps["onEdit"];
}

function SheetGrid({ sheet, highlights, selection, onEdit }: SheetGridProps) {
  const styles = useStyles();
  const merges = useMemo(() => new MergeIndex(sheet.merges), [sheet.merges]);
  const extent: Extent = useMemo(() => extentOf(sheet), [sheet]);
  const widths = useMemo(() => columnWidths(sheet, extent.cols, merges), [sheet, extent.cols, merges]);
  /** offsets[c - 1] is where column c starts after the row numbers; offsets[cols] the columns' whole width. */
  const offsets = useMemo(() => {
    const out = new Float64Array(widths.length + 1);
    for (let i = 0; i < widths.length; i++) out[i + 1] = out[i]! + widths[i]!;
    return out;
  }, [widths]);
  const rowHead = rowHeaderWidth(extent.rows);
  const width = rowHead + offsets[extent.cols]!;

  const [active, setActive] = useState<{ row: number; col: number }>({ row: 1, col: 1 });
  const [editing, setEditing] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const focusWanted = useRef(false);

  const rowSize = useCallback(() => ROW_HEIGHT, []);
  const colSize = useCallback((i: number) => widths[i] ?? 0, [widths]);
  const rowRange = useCallback(
    (range: Range) => withIndex(defaultRangeExtractor(range), active.row - 1, range.count),
    [active.row],
  );
  const colRange = useCallback(
    (range: Range) => withIndex(defaultRangeExtractor(range), active.col - 1, range.count),
    [active.col],
  );
  const rowsV = useVirtualizer({
    count: extent.rows,
    getScrollElement: () => scroller.current,
    estimateSize: rowSize,
    overscan: 4,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor: rowRange,
    useFlushSync: false,
  });
  const colsV = useVirtualizer({
    count: extent.cols,
    horizontal: true,
    getScrollElement: () => scroller.current,
    estimateSize: colSize,
    overscan: 2,
    scrollMargin: rowHead,
    scrollPaddingStart: rowHead,
    rangeExtractor: colRange,
    useFlushSync: false,
  });

  /** The cell as drawn: a covered cell of a merged area is its top-left cell. */
  const drawnAt = useCallback(
    (row: number, col: number): { row: number; col: number } => {
      const area = merges.size > 0 ? merges.at(row, col) : null;
      return area ? { row: area.top, col: area.left } : { row, col };
    },
    [merges],
  );

  const scrollTo = useCallback(
    (row: number, col: number) => {
      rowsV.scrollToIndex(row - 1, { align: "auto" });
      colsV.scrollToIndex(col - 1, { align: "auto" });
    },
    [rowsV, colsV],
  );

  const move = (row: number, col: number) => {
    const to = drawnAt(Math.min(Math.max(row, 1), extent.rows), Math.min(Math.max(col, 1), extent.cols));
    focusWanted.current = true;
    setActive(to);
    scrollTo(to.row, to.col);
  };

  // What the pane selected becomes the active cell, scrolled into view (without taking the focus) — when the
  // selection changes, not when the sheet is read again (a new read brings new merged areas, and the user may
  // have moved on since).
  const latest = useRef({ drawnAt, scrollTo });
  latest.current = { drawnAt, scrollTo };
  useEffect(() => {
    if (!selection) return;
    const to = latest.current.drawnAt(selection.top, selection.left);
    setActive(to);
    latest.current.scrollTo(to.row, to.col);
  }, [selection]);

  // The focus follows the active cell when the keyboard moved it (the cell is always rendered).
  useEffect(() => {
    if (!focusWanted.current || editing !== null) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-cell="${active.row},${active.col}"]`);
    if (!el) return;
    focusWanted.current = false;
    el.focus({ preventScroll: true });
  });

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing !== null || (e.target as HTMLElement).tagName === "INPUT") return;
    const { row, col } = active;
    const area = merges.size > 0 ? merges.at(row, col) : null;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 2);
    const ctrl = e.ctrlKey || e.metaKey;
    let to: [number, number] | null = null;
    switch (e.key) {
      case "ArrowUp":
        to = [row - 1, col];
        break;
      case "ArrowLeft":
        to = [row, col - 1];
        break;
      // Down and right leave a merged cell from its far edge.
      case "ArrowDown":
        to = [(area ? area.bottom : row) + 1, col];
        break;
      case "ArrowRight":
        to = [row, (area ? area.right : col) + 1];
        break;
      case "PageDown":
        to = [row + page, col];
        break;
      case "PageUp":
        to = [row - page, col];
        break;
      case "Home":
        to = ctrl ? [1, 1] : [row, 1];
        break;
      case "End":
        to = ctrl ? [extent.rows, extent.cols] : [row, extent.cols];
        break;
      case "Enter":
      case "F2": {
        e.preventDefault();
        const value = rowCells(sheet, row).find((c) => c.col === col)?.value ?? null;
        setEditing(value === null ? "" : String(value));
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    move(to[0], to[1]);
  };

  const commit = (row: number, col: number, text: string) => {
    setEditing(null);
    onEdit(sheet.name, row, col, typed(text));
    move(row, col);
  };

  // ---- what is rendered: the virtualisers' rows and columns, the merged areas across them
  const rowItems = rowsV.getVirtualItems();
  const colItems = colsV.getVirtualItems();
  const rows = rowItems.map((i) => i.index + 1);
  const cols = colItems.map((i) => i.index + 1);
  const rowSet = new Set(rows);
  const colSet = new Set(cols);
  const rowWindow = windowOf(rows, active.row);
  const colWindow = windowOf(cols, active.col);
  const crossing =
    rowWindow && colWindow
      ? mergesInWindow(merges, { top: rowWindow[0], bottom: rowWindow[1], left: colWindow[0], right: colWindow[1] })
      : [];
  /** Merged areas across the window whose top-left cell is not among the rendered ones: drawn in their top row. */
  const extras = new Map<number, Area[]>();
  for (const area of crossing) {
    if (rowSet.has(area.top) && colSet.has(area.left)) continue;
    const list = extras.get(area.top);
    if (list) list.push(area);
    else extras.set(area.top, [area]);
  }
  const shownRows = [...rows, ...[...extras.keys()].filter((r) => !rowSet.has(r))].sort((a, b) => a - b);

  const cellsOf = (row: number): Cell[] => {
    const out: Cell[] = [];
    if (rowSet.has(row)) {
      for (const col of cols) {
        const area = merges.size > 0 ? merges.at(row, col) : null;
        if (area && (area.top !== row || area.left !== col)) continue;
        out.push({ row, col, area });
      }
    }
    for (const area of extras.get(row) ?? []) out.push({ row, col: area.left, area });
    return out.sort((a, b) => a.col - b.col);
  };

  const renderCell = ({ row, col, area }: Cell, values: ReturnType<typeof rowCells>): ReactNode => {
    const found = values[cellIndexAtOrAfter(values, col)];
    const here = found && found.col === col ? found : null;
    const value = here?.value ?? null;
    const text = shown(value, here?.format ?? "General");
    const severity = highlights.get(cellKey(sheet.name, row, col));
    const isActive = active.row === row && active.col === col;
    const isSelected = selection !== null && inside(selection, row, col);
    const left = offsets[col - 1]!;
    const right = offsets[area ? area.right : col]!;
    const height = (area ? area.bottom - area.top + 1 : 1) * ROW_HEIGHT;
    return (
      <div
        key={col}
        data-cell={`${row},${col}`}
        role="gridcell"
        aria-rowindex={row + 1}
        aria-colindex={col + 1}
        aria-rowspan={area ? area.bottom - area.top + 1 : undefined}
        aria-colspan={area ? area.right - area.left + 1 : undefined}
        tabIndex={isActive ? 0 : -1}
        aria-selected={isSelected}
        aria-label={`${address(row, col)} ${text}${severity ? `（${SEVERITY_WORD[severity]}）` : ""}`}
        title={text.length > 20 ? text : undefined}
        style={{ left: rowHead + left, width: right - left, height }}
        className={mergeClasses(
          styles.cell,
          area !== null && styles.merged,
          typeof value === "number" && styles.number,
          severity && styles[severity],
          isSelected && styles.selected,
          isActive && styles.active,
        )}
        onClick={() => setActive({ row, col })}
        onDoubleClick={() => {
          setActive({ row, col });
          setEditing(value === null ? "" : String(value));
        }}
      >
        {isActive && editing !== null ? (
          <input
            className={styles.input}
            autoFocus
            aria-label={address(row, col)}
            defaultValue={editing}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                commit(row, col, e.currentTarget.value);
              } else if (e.key === "Escape") {
                e.preventDefault();
                setEditing(null);
                move(row, col);
              }
            }}
            onBlur={() => setEditing(null)}
          />
        ) : area ? (
          <span className={styles.mergedText}>{text}</span>
        ) : (
          text
        )}
      </div>
    );
  };

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={sheet.name}
      aria-rowcount={extent.rows + 1}
      aria-colcount={extent.cols + 1}
      onKeyDown={onKey}
    >
      <div className={styles.canvas} style={{ width }}>
        <div role="rowgroup" className={styles.headRow} style={{ width }}>
          <div role="row" aria-rowindex={1}>
            <div
              role="columnheader"
              aria-colindex={1}
              aria-label="行号"
              className={mergeClasses(styles.head, styles.corner)}
              style={{ width: rowHead }}
            />
            {colItems.map((c) => (
              <div
                key={c.index}
                role="columnheader"
                aria-colindex={c.index + 2}
                className={styles.head}
                style={{ left: rowHead + offsets[c.index]!, width: widths[c.index] }}
              >
                {columnName(c.index + 1)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: extent.rows * ROW_HEIGHT }}>
          {shownRows.map((row) => {
            const values = rowCells(sheet, row);
            return (
              <div
                key={row}
                role="row"
                aria-rowindex={row + 1}
                className={styles.row}
                style={{ top: (row - 1) * ROW_HEIGHT, width, height: ROW_HEIGHT }}
              >
                <div role="rowheader" aria-colindex={1} className={styles.rowHead} style={{ width: rowHead }}>
                  {row}
                </div>
                {cellsOf(row).map((cell) => renderCell(cell, values))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

export function Grid({ snapshot, highlights, selection, onEdit, label }: GridProps) {
  const styles = useStyles();
  const visible = snapshot.sheets.filter((s) => s.visible);
  const [current, setCurrent] = useState(visible[0]?.name ?? "");
  // Show the sheet of what the pane selected (only when the selection changes, not when the sheets do).
  const selectedSheet = selection?.sheet ?? null;
  useEffect(() => {
    if (selectedSheet) setCurrent(selectedSheet);
  }, [selection, selectedSheet]);
  const sheet = visible.find((s) => s.name === current) ?? visible[0];
  return (
    <section className={styles.root} aria-label={label}>
      <div className={styles.tabs}>
        <TabList selectedValue={sheet?.name} onTabSelect={(_, d) => setCurrent(String(d.value))} size="small">
          {visible.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      </div>
      {sheet ? (
        <SheetGrid
          key={sheet.name}
          sheet={sheet}
          highlights={highlights}
          selection={selection && selection.sheet === sheet.name ? selection.area : null}
          onEdit={onEdit}
        />
      ) : null}
    </section>
  );
}
