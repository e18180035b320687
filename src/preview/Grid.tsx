/**
 * The preview's simple grid of the workbook's sheets: a tab per visible sheet, the used range with column
 * letters and row numbers, merged cells spanning, the cells of findings marked by severity, the cell the pane
 * selected outlined and scrolled to. Keyboard: arrow keys move the active cell, Enter or F2 edits it, Enter
 * saves, Escape cancels; double-click edits too.
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Severity } from "../core/checks/types";
import {
  address,
  columnName,
  parseAddress,
  snapshotCellAt,
  type Area,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../core/model/snapshot";
import { shown, typed } from "./cells";
import type { CellValue } from "../core/model/snapshot";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  scroller: {
    overflow: "auto",
    flex: 1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Cells scrolled into view stop clear of the sticky row numbers and column letters.
    scrollPaddingLeft: "3em",
    scrollPaddingTop: "2em",
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    zIndex: 1,
  },
  rowHead: { position: "sticky", left: 0, zIndex: 1 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: "28em",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "cell",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  selected: { outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  active: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralStrokeAccessible}` },
  input: { width: "100%", font: "inherit", border: "none", padding: 0 },
  more: { padding: tokens.spacingVerticalS },
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
  readonly moreLabel: (n: number) => string;
}

const PAGE_ROWS = 300;

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

function SheetTable({
  sheet,
  highlights,
  selection,
  onEdit,
  moreLabel,
}: {
  readonly sheet: SheetSnapshot;
  readonly highlights: Highlights;
  readonly selection: Area | null;
  readonly onEdit: GridProps["onEdit"];
  readonly moreLabel: GridProps["moreLabel"];
}) {
  const styles = useStyles();
  const rows = Math.max(0, sheet.bottom - sheet.top + 1);
  const cols = Math.max(0, sheet.right - sheet.left + 1);
  const [limit, setLimit] = useState(PAGE_ROWS);
  const [active, setActive] = useState<{ row: number; col: number }>({ row: sheet.top, col: sheet.left });
  const [editing, setEditing] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (!selection) return;
    if (selection.bottom - sheet.top + 1 > limit) setLimit(selection.bottom - sheet.top + PAGE_ROWS);
    setActive({ row: selection.top, col: selection.left });
  }, [selection, sheet.top, limit]);

  // Bring the active cell into view when it moves (not when the sheet is first shown).
  const shownOnce = useRef(false);
  useEffect(() => {
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${active.row},${active.col}"]`);
    el?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [active]);

  const covered = useMemo(() => {
    const set = new Set<string>();
    for (const m of sheet.merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) set.add(`${r},${c}`);
    return set;
  }, [sheet]);

  const mergeAt = (row: number, col: number): Area | undefined => sheet.merges.find((m) => inside(m, row, col));

  const move = (row: number, col: number) => {
    let r = Math.min(Math.max(row, sheet.top), sheet.top + Math.max(rows, 1) - 1);
    let c = Math.min(Math.max(col, sheet.left), sheet.left + Math.max(cols, 1) - 1);
    // A cell covered by a merge is its merged area's top-left cell, the one that is drawn.
    const m = mergeAt(r, c);
    if (m) [r, c] = [m.top, m.left];
    setActive({ row: r, col: c });
    requestAnimationFrame(() => tableRef.current?.querySelector<HTMLElement>(`[data-cell="${r},${c}"]`)?.focus());
  };

  const onKey = (e: KeyboardEvent<HTMLTableCellElement>, row: number, col: number, value: CellValue) => {
    if (editing !== null) return;
    const step: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const d = step[e.key];
    if (d) {
      e.preventDefault();
      // Down and right leave a merged cell from its far edge.
      const m = mergeAt(row, col);
      move((d[0] > 0 && m ? m.bottom : row) + d[0], (d[1] > 0 && m ? m.right : col) + d[1]);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing(value === null ? "" : String(value));
    }
  };

  const commit = (row: number, col: number, text: string) => {
    setEditing(null);
    onEdit(sheet.name, row, col, typed(text));
    move(row, col);
  };

  const visibleRows = Math.min(rows, limit);
  return (
    <>
      <table className={styles.table} ref={tableRef} role="grid" aria-label={sheet.name} aria-rowcount={rows + 1}>
        <thead>
          <tr>
            <th className={styles.head} scope="col" aria-label="行号" />
            {Array.from({ length: cols }, (_, i) => (
              <th key={i} className={styles.head} scope="col">
                {columnName(sheet.left + i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: visibleRows }, (_, ri) => {
            const row = sheet.top + ri;
            return (
              <tr key={row}>
                <th className={mergeClasses(styles.head, styles.rowHead)} scope="row">
                  {row}
                </th>
                {Array.from({ length: cols }, (_, ci) => {
                  const col = sheet.left + ci;
                  if (covered.has(`${row},${col}`)) return null;
                  const merge = sheet.merges.find((m) => m.top === row && m.left === col);
                  const found = snapshotCellAt(sheet, row, col);
                  const value = found?.value ?? null;
                  const format = found?.format ?? "General";
                  const severity = highlights.get(cellKey(sheet.name, row, col));
                  const isActive = active.row === row && active.col === col;
                  const text = shown(value, format);
                  return (
                    <td
                      key={col}
                      data-cell={`${row},${col}`}
                      role="gridcell"
                      tabIndex={isActive ? 0 : -1}
                      aria-selected={selection ? inside(selection, row, col) : false}
                      aria-label={`${address(row, col)} ${text}${severity ? `（${severity === "error" ? "错误" : severity === "warning" ? "警告" : "提示"}）` : ""}`}
                      rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
                      colSpan={merge ? merge.right - merge.left + 1 : undefined}
                      title={text.length > 20 ? text : undefined}
                      className={mergeClasses(
                        styles.cell,
                        typeof value === "number" && styles.number,
                        severity && styles[severity],
                        selection !== null && inside(selection, row, col) && styles.selected,
                        isActive && styles.active,
                      )}
                      onClick={() => setActive({ row, col })}
                      onDoubleClick={() => setEditing(value === null ? "" : String(value))}
                      onKeyDown={(e) => onKey(e, row, col, value)}
                    >
                      {isActive && editing !== null ? (
                        <input
                          className={styles.input}
                          autoFocus
                          aria-label={address(row, col)}
                          defaultValue={editing}
                          onKeyDown={(e) => {
                            if (e.key === "Enter") commit(row, col, e.currentTarget.value);
                            else if (e.key === "Escape") {
                              setEditing(null);
                              move(row, col);
                            }
                          }}
                          onBlur={() => setEditing(null)}
                        />
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows > visibleRows ? (
        <button type="button" className={styles.more} onClick={() => setLimit(limit + PAGE_ROWS * 10)}>
          {moreLabel(rows - visibleRows)}
        </button>
      ) : null}
    </>
  );
}

export function Grid({ snapshot, highlights, selection, onEdit, label, moreLabel }: GridProps) {
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
      <TabList selectedValue={sheet?.name} onTabSelect={(_, d) => setCurrent(String(d.value))} size="small">
        {visible.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        {sheet ? (
          <SheetTable
            key={sheet.name}
            sheet={sheet}
            highlights={highlights}
            selection={selection && selection.sheet === sheet.name ? selection.area : null}
            onEdit={onEdit}
            moreLabel={moreLabel}
          />
        ) : null}
      </div>
    </section>
  );
}
