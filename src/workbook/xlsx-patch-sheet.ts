/**
 * Patching one worksheet part: the written `<c>` cells replaced or inserted in their `<row>` (cells in column
 * order, rows in row order, a row created where there was none), `<dimension>` widened to hold them. Everything
 * else in the part (formulas, shared formulas, merges, conditional formats and their x14 extensions, drawings,
 * sparklines, protection) stays exactly as it was, text for text. A replaced cell keeps its style (`s`); a new
 * cell takes its row's style when the row has one, else its column's, as Excel does.
 */
import { address } from "../core/model/snapshot";
import {
  type Edit,
  type RawAttribute,
  type Span,
  type Tag,
  XML_DECLARATION,
  NS,
  XmlPatchError,
  applyEdits,
  attributeOf,
  attributesOf,
  elementOf,
  localName,
  nextTag,
  openForm,
  prefixOf,
  rootOf,
  spanOf,
  withAttributes,
} from "./xlsx-patch-xml";

/** What a cell is to hold: a number, a boolean, a shared string (its index), or nothing (cleared). */
export type CellContent =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "string"; readonly index: number }
  | { readonly kind: "clear" };

/** The cells to write into one sheet: row → column → content. */
export type SheetCells = ReadonlyMap<number, ReadonlyMap<number, CellContent>>;

/** A patched sheet, and how many of the cells it replaced pointed into the shared string table. */
export interface PatchedSheet {
  readonly xml: string;
  readonly releasedStrings: number;
}

/** The column of an A1 reference ("AB12" → 28), or 0 when it has none. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

function rowOf(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) : 0;
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The bounds of a `<dimension ref>`: "A1:F6" or "B3". */
function boundsOf(ref: string): Bounds | null {
  const [a, b = a] = ref.split(":");
  const top = rowOf(a!);
  const left = columnOf(a!);
  const bottom = rowOf(b!);
  const right = columnOf(b!);
  if (!top || !left || !bottom || !right) return null;
  return { top, left, bottom, right };
}

function refOf(b: Bounds): string {
  const first = address(b.top, b.left);
  const last = address(b.bottom, b.right);
  return first === last ? first : `${first}:${last}`;
}

/** A number as `<v>` holds it: the shortest text that reads back as the same double. */
function numberText(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

/** Attributes a new value leaves behind: its type, and cell and value metadata (dynamic arrays, rich values,
 *  pictures in cells) that belonged to the old value. */
const VALUE_ATTRIBUTES = new Set(["r", "t", "cm", "vm"]);

/** The XML of a cell: `kept` are the old cell's other attributes (its style first of all), `extra` its
 *  children that are not its value (an extLst). Null when a cleared cell is left with nothing worth keeping. */
function cellXml(
  prefix: string,
  ref: string,
  kept: readonly RawAttribute[],
  content: CellContent,
  extra: string,
): string | null {
  const attrs = [` r="${ref}"`, ...kept.map((a) => ` ${a.name}="${a.raw}"`)];
  const c = `${prefix}c`;
  switch (content.kind) {
    case "clear":
      if (kept.length === 0 && extra === "") return null;
      return extra === "" ? `<${c}${attrs.join("")}/>` : `<${c}${attrs.join("")}>${extra}</${c}>`;
    case "number":
      return `<${c}${attrs.join("")}><${prefix}v>${numberText(content.value)}</${prefix}v>${extra}</${c}>`;
    case "boolean":
      return `<${c}${attrs.join("")} t="b"><${prefix}v>${content.value ? 1 : 0}</${prefix}v>${extra}</${c}>`;
    case "string":
      return `<${c}${attrs.join("")} t="s"><${prefix}v>${content.index}</${prefix}v>${extra}</${c}>`;
  }
}

/** The style of each column from `<cols>`: [min, max, style]. */
function columnStyles(xml: string, cols: Span | null): [number, number, string][] {
  if (!cols) return [];
  const out: [number, number, string][] = [];
  for (const col of elementOf(xml, cols.open).children) {
    const style = attributeOf(xml, col.open, "style");
    if (localName(col.open.name) !== "col" || style === undefined || style === "0") continue;
    out.push([Number(attributeOf(xml, col.open, "min")), Number(attributeOf(xml, col.open, "max")), style]);
  }
  return out;
}

/** The columns of a row's cells to write, in order. */
function sortedColumns(cells: ReadonlyMap<number, CellContent>): number[] {
  return [...cells.keys()].sort((a, b) => a - b);
}

/** The style a row gives the cells created in it: its `s` when it has customFormat="1", as in Excel. */
function rowStyleOf(xml: string, row: Tag): string | undefined {
  const custom = attributeOf(xml, row, "customFormat");
  if (custom !== "1" && custom !== "true") return undefined;
  const style = attributeOf(xml, row, "s");
  return style === "0" ? undefined : style;
}

/** `spans` of a row ("1:10", or several ranges) widened to hold `cols`, or null when it already does. */
function widenedSpans(spans: string, cols: readonly number[]): string | null {
  const ranges = spans
    .trim()
    .split(/\s+/)
    .map((r) => r.split(":").map(Number));
  const covered = (c: number) => ranges.some(([a = 0, b = a]) => c >= a && c <= b);
  if (cols.every(covered)) return null;
  const all = [...ranges.flat(), ...cols].filter((n) => Number.isFinite(n) && n > 0);
  return `${Math.min(...all)}:${Math.max(...all)}`;
}

/** The sheet's structure up to its cells: the root, `<dimension>`, `<cols>`, `<sheetData>`. */
function structureOf(xml: string): { dimension: Tag | null; cols: Span | null; sheetData: Tag } {
  const root = rootOf(xml);
  if (localName(root.name) !== "worksheet") throw new XmlPatchError("not a worksheet");
  let dimension: Tag | null = null;
  let cols: Span | null = null;
  for (let t = nextTag(xml, root.end); t && t.kind !== "close";) {
    const name = localName(t.name);
    if (name === "sheetData") return { dimension, cols, sheetData: t };
    const span = spanOf(xml, t);
    if (name === "dimension") dimension = t;
    else if (name === "cols") cols = span;
    t = nextTag(xml, span.end);
  }
  throw new XmlPatchError("worksheet without sheetData");
}

/** The end of the `<sheetData>` element: the index of its end tag, and just after it. */
function sheetDataClose(xml: string, open: Tag): { start: number; end: number } {
  if (open.kind === "empty") return { start: open.end, end: open.end };
  const re = new RegExp(`</${open.name}\\s*>`, "g");
  re.lastIndex = open.end;
  const m = re.exec(xml);
  if (!m) throw new XmlPatchError("sheetData is not closed");
  return { start: m.index, end: m.index + m[0].length };
}

/** Where a row that was not touched ends: after its end tag (rows do not nest, and no element inside a row has
 *  a name that begins with "row"). */
function rowEnd(xml: string, open: Tag): number {
  if (open.kind === "empty") return open.end;
  const close = xml.indexOf(`</${open.name}`, open.end);
  const gt = close < 0 ? -1 : xml.indexOf(">", close);
  if (gt < 0) throw new XmlPatchError("row is not closed");
  return gt + 1;
}

/** The row number a `<row>` tag states, or null. */
function rowNumberOf(xml: string, tag: Tag): number | null {
  const m = /\sr\s*=\s*["'](\d+)["']/.exec(xml.slice(tag.start + 1 + tag.name.length, tag.end));
  return m ? Number(m[1]) : null;
}

/**
 * Writes `cells` into the worksheet part `xml`. Cells to clear that do not exist are left alone; a row is
 * created only for cells that get a value.
 */
export function patchSheet(xml: string, cells: SheetCells): PatchedSheet {
  const { dimension, cols, sheetData } = structureOf(xml);
  const p = prefixOf(sheetData.name);
  const colStyles = columnStyles(xml, cols);
  const styleOfColumn = (col: number) => colStyles.find(([min, max]) => col >= min && col <= max)?.[2];
  const edits: Edit[] = [];
  let released = 0;
  const written: Bounds[] = [];

  /** A new cell: its column's style (or the row's). */
  const newCell = (row: number, col: number, content: CellContent, rowStyle: string | undefined) => {
    const style = rowStyle ?? styleOfColumn(col);
    const kept = style === undefined ? [] : [{ name: "s", raw: style }];
    if (content.kind !== "clear") written.push({ top: row, left: col, bottom: row, right: col });
    return content.kind === "clear" ? "" : (cellXml(p, address(row, col), kept, content, "") ?? "");
  };

  const newRow = (row: number, contents: ReadonlyMap<number, CellContent>): string => {
    const inner = sortedColumns(contents)
      .map((col) => newCell(row, col, contents.get(col)!, undefined))
      .join("");
    return inner === "" ? "" : `<${p}row r="${row}">${inner}</${p}row>`;
  };

  const patchRow = (row: number, open: Tag, contents: ReadonlyMap<number, CellContent>) => {
    const element = elementOf(xml, open);
    const rowStyle = rowStyleOf(xml, open);
    const existing: { col: number; span: Span }[] = [];
    let col = 0;
    for (const child of element.children) {
      if (localName(child.open.name) !== "c") continue;
      const ref = attributeOf(xml, child.open, "r");
      col = ref ? columnOf(ref) : col + 1;
      existing.push({ col, span: child });
    }
    const inserts: Edit[] = [];
    const targets = sortedColumns(contents);
    for (const target of targets) {
      const content = contents.get(target)!;
      const found = existing.find((e) => e.col === target);
      if (found) {
        const { span } = found;
        const attributes = attributesOf(xml, span.open);
        if (attributes.some((a) => a.name === "t" && a.raw === "s")) released++;
        const kept = attributes.filter((a) => !VALUE_ATTRIBUTES.has(a.name));
        const extra =
          span.open.kind === "empty"
            ? ""
            : elementOf(xml, span.open)
                .children.filter((c) => localName(c.open.name) === "extLst")
                .map((c) => xml.slice(c.open.start, c.end))
                .join("");
        if (content.kind !== "clear") written.push({ top: row, left: target, bottom: row, right: target });
        edits.push({
          start: span.open.start,
          end: span.end,
          text: cellXml(p, address(row, target), kept, content, extra) ?? "",
        });
        continue;
      }
      const text = newCell(row, target, content, rowStyle);
      if (text === "") continue;
      const after = existing.find((e) => e.col > target);
      const at = after ? after.span.open.start : (existing.at(-1)?.span.end ?? element.contentStart);
      inserts.push({ start: at, end: at, text });
    }
    if (inserts.length === 0) return;
    const spans = attributeOf(xml, open, "spans");
    const widened = spans === undefined ? null : widenedSpans(spans, targets);
    let tag = xml.slice(open.start, open.end);
    if (widened !== null) tag = withAttributes(tag, { spans: widened });
    if (open.kind === "empty") {
      edits.push({
        start: open.start,
        end: open.end,
        text: `${openForm(tag)}${inserts.map((e) => e.text).join("")}</${open.name}>`,
      });
      return;
    }
    if (widened !== null) edits.push({ start: open.start, end: open.end, text: tag });
    edits.push(...inserts);
  };

  // Walk the rows, in step with the rows to write.
  const targets = [...cells.keys()].sort((a, b) => a - b);
  let k = 0;
  const close = sheetDataClose(xml, sheetData);
  const pendingRows: string[] = [];
  let rowNumber = 0;
  for (let t = sheetData.kind === "empty" ? null : nextTag(xml, sheetData.end); t && t.start < close.start;) {
    if (t.kind === "close") throw new XmlPatchError(`unexpected </${t.name}> in sheetData`);
    if (localName(t.name) !== "row") {
      t = nextTag(xml, spanOf(xml, t).end);
      continue;
    }
    rowNumber = rowNumberOf(xml, t) ?? rowNumber + 1;
    while (k < targets.length && targets[k]! < rowNumber) {
      const text = newRow(targets[k]!, cells.get(targets[k]!)!);
      if (text) edits.push({ start: t.start, end: t.start, text });
      k++;
    }
    if (k < targets.length && targets[k] === rowNumber) {
      patchRow(rowNumber, t, cells.get(rowNumber)!);
      k++;
    }
    t = nextTag(xml, rowEnd(xml, t));
  }
  for (; k < targets.length; k++) {
    const text = newRow(targets[k]!, cells.get(targets[k]!)!);
    if (text) pendingRows.push(text);
  }
  if (pendingRows.length > 0) {
    const rows = pendingRows.join("");
    if (sheetData.kind === "empty")
      edits.push({
        start: sheetData.start,
        end: sheetData.end,
        text: `${openForm(xml.slice(sheetData.start, sheetData.end))}${rows}</${sheetData.name}>`,
      });
    else edits.push({ start: close.start, end: close.start, text: rows });
  }

  if (dimension && written.length > 0) {
    const ref = attributeOf(xml, dimension, "ref");
    const old = ref === undefined ? null : boundsOf(ref);
    const text = refOf(boundsOfAll(old ? [old, ...written] : written));
    if (text !== ref)
      edits.push({
        start: dimension.start,
        end: dimension.end,
        text: withAttributes(xml.slice(dimension.start, dimension.end), { ref: text }),
      });
  }
  return { xml: applyEdits(xml, edits), releasedStrings: released };
}

function boundsOfAll(all: readonly Bounds[]): Bounds {
  return {
    top: Math.min(...all.map((b) => b.top)),
    left: Math.min(...all.map((b) => b.left)),
    bottom: Math.max(...all.map((b) => b.bottom)),
    right: Math.max(...all.map((b) => b.right)),
  };
}

/** A worksheet part whose `<sheetData>` is emptied, and how many of its cells pointed into the shared string
 *  table (for the settings sheet, whose whole content jixiao rewrites). */
export function emptySheet(xml: string): PatchedSheet {
  const { sheetData } = structureOf(xml);
  if (sheetData.kind === "empty") return { xml, releasedStrings: 0 };
  const close = sheetDataClose(xml, sheetData);
  const content = xml.slice(sheetData.end, close.start);
  let released = 0;
  for (let t = nextTag(content, 0); t; t = nextTag(content, t.end))
    if (t.kind !== "close" && localName(t.name) === "c" && attributeOf(content, t, "t") === "s") released++;
  const emptied = `${xml.slice(sheetData.start, sheetData.end).slice(0, -1)}/>`;
  return {
    xml: applyEdits(xml, [{ start: sheetData.start, end: close.end, text: emptied }]),
    releasedStrings: released,
  };
}

/** A column of a new sheet: its width as the file holds it, whether that width was chosen, its style. */
export interface NewColumn {
  readonly col: number;
  readonly width: number;
  readonly customWidth: boolean;
  readonly style?: number;
}

/** The part of a new, empty worksheet with the given columns. */
export function newSheetXml(columns: readonly NewColumn[]): string {
  const cols = [...columns]
    .sort((a, b) => a.col - b.col)
    .map(
      (c) =>
        `<col min="${c.col}" max="${c.col}" width="${c.width}"${c.style === undefined ? "" : ` style="${c.style}"`}${c.customWidth ? ' customWidth="1"' : ""}/>`,
    )
    .join("");
  return (
    `${XML_DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData/>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}
