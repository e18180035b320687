/**
 * Writing into an .xlsx file by patching its zip: only the parts a change needs are rewritten, every other part
 * (charts, drawings, pictures, pivot tables, slicers, threaded comments, the add-in settings of webextensions,
 * custom XML, a VBA project, and whatever else the file holds) is copied byte for byte. ExcelJS, which reads the
 * workbook for the checks, drops much of that when it writes; so jixiao never writes through it.
 *
 * The parts that change:
 * - each worksheet written into: its `<c>` cells and `<dimension>` (xlsx-patch-sheet.ts);
 * - xl/sharedStrings.xml when a text is written: entries added at the end, counts updated
 *   (xlsx-patch-strings.ts says why shared strings);
 * - for new sheets and the settings sheet `_jixiao`: the new worksheet parts, xl/workbook.xml (the sheet list,
 *   very hidden settings), xl/_rels/workbook.xml.rels, [Content_Types].xml, docProps/app.xml (the titles of
 *   parts), and xl/styles.xml when a new sheet has wrapping columns (one cell format appended);
 * - xl/workbook.xml's `<calcPr fullCalcOnLoad="1"/>` when cells were written, so that Excel recalculates the
 *   formulas whose cached results the writes made stale.
 *
 * Pure code over bytes (zip.ts for the zip, which copies the entries it does not change as they are,
 * with fflate to inflate and deflate the others; xlsx-patch-xml.ts, a small scanner, for the XML): it runs in
 * the browser as in Node.
 */
import type { CellWrite } from "../core/checks/types";
import type { CellValue } from "../core/model/snapshot";
import { type NewSheet, SETTINGS_SHEET, columnWidthInFile, columnWidthsOf, wrapColumnsOf } from "./common";
import {
  CONTENT_TYPE,
  REL,
  type Relationship,
  addOverrides,
  addRelationships,
  folderOf,
  isType,
  newRelationshipId,
  readRelationships,
  relsPathOf,
  targetFor,
} from "./xlsx-patch-package";
import { type CellContent, type NewColumn, emptySheet, newSheetXml, patchSheet } from "./xlsx-patch-sheet";
import { SharedStrings } from "./xlsx-patch-strings";
import { addWrapStyle, minimalStyles } from "./xlsx-patch-styles";
import {
  type NewSheetEntry,
  type SheetEntry,
  patchAppProperties,
  patchWorkbook,
  sheetEntries,
} from "./xlsx-patch-workbook";
import { XmlPatchError, attributeOf, decodePart, encodePart, localName, nextTag } from "./xlsx-patch-xml";
import { InflateBudget } from "./limits";
import { ZipArchive } from "./zip";

export { XmlPatchError };

/** Settings texts longer than this go on over the next columns (an Excel cell holds at most 32,767). */
export const SETTINGS_CHUNK = 32000;

/** What to change in a workbook. */
export interface XlsxPatch {
  /** The writes to make, in order (a later write to a cell wins); their sheets must be worksheets of the
   *  workbook or among `newSheets`. They are not checked here: the caller has. */
  readonly writes: readonly CellWrite[];
  /** Sheets to add, in order, before the settings sheet if there is one; their names must be new. */
  readonly newSheets: readonly NewSheet[];
  /** When given, the whole content of the very hidden settings sheet (created last if missing). */
  readonly settings?: Readonly<Record<string, string>>;
  /** Whether Excel is to recalculate every formula when it opens the file. */
  readonly recalculate: boolean;
}

/** A sheet of the workbook with its part. */
interface Sheet extends SheetEntry {
  /** The worksheet part, or null for a chart sheet, a dialog sheet or a sheet whose part is missing. */
  readonly part: string | null;
}

/** A workbook's zip, opened for patching. Throws an XmlPatchError when the package is not a workbook's. */
export class XlsxPackage {
  private readonly archive: ZipArchive;
  private readonly lower = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  readonly workbookPart: string;
  private readonly workbookRels: Relationship[];
  /** Every sheet the workbook lists, in order. */
  readonly sheets: readonly Sheet[];

  /** `budget` bounds what reading its parts may inflate (the reader's and the patch's reads together). */
  constructor(
    bytes: Uint8Array,
    readonly budget: InflateBudget = new InflateBudget(),
  ) {
    this.archive = new ZipArchive(bytes);
    for (const name of this.archive.names) this.lower.set(name.toLowerCase(), name);
    const office = this.relationshipsOf("").find((r) => !r.external && isType(r.type, REL.officeDocument));
    const workbookPart = office && this.find(office.target);
    if (!workbookPart) throw new XmlPatchError("no workbook part");
    this.workbookPart = workbookPart;
    this.workbookRels = this.relationshipsOf(workbookPart);
    this.sheets = sheetEntries(this.text(workbookPart)).map((entry) => {
      const rel = this.workbookRels.find((r) => r.id === entry.relId);
      const part = rel && !rel.external && isType(rel.type, REL.worksheet) ? this.find(rel.target) : null;
      return { ...entry, part };
    });
  }

  /** The zip entry of a part name, found as OPC finds it (ignoring case). */
  find(part: string): string | null {
    if (this.archive.has(part)) return part;
    return this.lower.get(part.toLowerCase()) ?? null;
  }

  /** The text of a part, read once. */
  text(part: string): string {
    let text = this.texts.get(part);
    if (text === undefined) {
      if (!this.archive.has(part)) throw new XmlPatchError(`missing part ${part}`);
      this.texts.set(part, (text = decodePart(this.archive.read(part, this.budget))));
    }
    return text;
  }

  /** The zip itself, for the parts read as they inflate (xlsx-stream.ts). */
  get archiveOf(): ZipArchive {
    return this.archive;
  }

  /** The content type `[Content_Types].xml` gives a part (its Override, else the Default of its extension). */
  contentTypeOf(part: string): string | null {
    const types = this.find("[Content_Types].xml");
    if (!types) return null;
    const xml = this.text(types);
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    let fallback: string | null = null;
    for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
      if (tag.kind === "close") continue;
      const name = localName(tag.name);
      if (name === "Override") {
        const named = (attributeOf(xml, tag, "PartName") ?? "").replace(/^\//, "");
        if (named.toLowerCase() === part.toLowerCase()) return attributeOf(xml, tag, "ContentType") ?? null;
      } else if (name === "Default" && (attributeOf(xml, tag, "Extension") ?? "").toLowerCase() === ext)
        fallback = attributeOf(xml, tag, "ContentType") ?? null;
    }
    return fallback;
  }

  /** The relationships of a part ("" for the package's own), none when it has no relationship part. */
  relationshipsOf(part: string): Relationship[] {
    const rels = this.find(relsPathOf(part));
    return rels ? readRelationships(this.text(rels), part) : [];
  }

  /** The workbook's part of a relationship type, if any. */
  partOf(type: string): string | null {
    const rel = this.workbookRels.find((r) => !r.external && isType(r.type, type));
    return rel ? this.find(rel.target) : null;
  }

  /** A new part name in `folder` not used yet: sheet7.xml after sheet6.xml; with `plain`, styles.xml before
   *  styles1.xml. */
  freeName(folder: string, base: string, taken: Set<string>, plain = false): string {
    for (let n = plain ? 0 : 1; ; n++) {
      const name = `${folder}${base}${n || ""}.xml`;
      if (!this.find(name) && !taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  }

  /** The archive with the parts replaced and added; the others are copied as they are. */
  zip(replaced: ReadonlyMap<string, string>, added: ReadonlyMap<string, string>): Uint8Array {
    const encode = (parts: ReadonlyMap<string, string>) =>
      new Map([...parts].map(([name, text]) => [name, encodePart(text)]));
    return this.archive.write(encode(replaced), encode(added));
  }

  /** The ids of the workbook part's relationships. */
  relationshipIds(): Set<string> {
    return new Set(this.workbookRels.map((r) => r.id));
  }
}

function contentOf(value: CellValue, strings: () => SharedStrings): CellContent {
  if (value === null || value === "") return { kind: "clear" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  return { kind: "string", index: strings().indexOf(value) };
}

/** The cells of the settings sheet: the key in A, the text in B (over C, D, … when longer than a cell). */
function settingsCells(settings: Readonly<Record<string, string>>): Map<number, Map<number, CellValue>> {
  const rows = new Map<number, Map<number, CellValue>>();
  Object.keys(settings)
    .sort()
    .forEach((key, i) => {
      const text = settings[key]!;
      const row = new Map<number, CellValue>([[1, key]]);
      for (let k = 0, c = 2; k < text.length || k === 0; k += SETTINGS_CHUNK, c++)
        row.set(c, text.slice(k, k + SETTINGS_CHUNK));
      rows.set(i + 1, row);
    });
  return rows;
}

/** The columns of a new sheet: widths and the wrapping style. */
function columnsOf(spec: NewSheet, wrapStyle: number | undefined): NewColumn[] {
  const columns = new Map<number, NewColumn>();
  for (const [col, characters] of columnWidthsOf(spec))
    columns.set(col, { col, width: columnWidthInFile(characters), customWidth: true });
  if (wrapStyle !== undefined)
    for (const col of wrapColumnsOf(spec))
      columns.set(col, {
        col,
        width: columns.get(col)?.width ?? columnWidthInFile(8.43),
        customWidth: columns.get(col)?.customWidth ?? false,
        style: wrapStyle,
      });
  return [...columns.values()];
}

/**
 * The workbook with `patch` made, as new bytes. Throws an XmlPatchError when a part it must change is not what
 * it should be.
 */
export function patchXlsx(pkg: XlsxPackage, patch: XlsxPatch): Uint8Array {
  const replaced = new Map<string, string>();
  const added = new Map<string, string>();
  const overrides: { part: string; contentType: string }[] = [];
  const rels: { id: string; type: string; target: string }[] = [];
  const relIds = pkg.relationshipIds();
  const taken = new Set<string>();
  const folder = folderOf(pkg.workbookPart);
  const current = (part: string) => replaced.get(part) ?? added.get(part) ?? pkg.text(part);
  const addPart = (part: string, xml: string, type: string, contentType: string) => {
    added.set(part, xml);
    overrides.push({ part, contentType });
    const id = newRelationshipId(relIds);
    rels.push({ id, type, target: targetFor(pkg.workbookPart, part) });
    return id;
  };

  // The shared string table, opened when a text is written.
  const sstPart = pkg.partOf(REL.sharedStrings);
  let strings: SharedStrings | null = null;
  const stringTable = () => (strings ??= new SharedStrings(sstPart ? pkg.text(sstPart) : null));

  // The wrapping style, when a new sheet wraps a column.
  let wrapStyle: number | undefined;
  if (patch.newSheets.some((s) => wrapColumnsOf(s).length > 0)) {
    const stylesPart = pkg.partOf(REL.styles);
    if (stylesPart) {
      const styled = addWrapStyle(pkg.text(stylesPart));
      if (styled) {
        replaced.set(stylesPart, styled.xml);
        wrapStyle = styled.index;
      }
    } else {
      const styles = minimalStyles();
      addPart(pkg.freeName(folder, "styles", taken, true), styles.xml, REL.styles, CONTENT_TYPE.styles);
      wrapStyle = styles.index;
    }
  }

  // New sheets, then the settings sheet when it is new.
  let sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId));
  const newEntries: NewSheetEntry[] = [];
  const partOfSheet = new Map<string, string>();
  for (const sheet of pkg.sheets) if (sheet.part) partOfSheet.set(sheet.name, sheet.part);
  const createSheet = (name: string, xml: string, veryHidden: boolean) => {
    const part = pkg.freeName(`${folder}worksheets/`, "sheet", taken);
    const relId = addPart(part, xml, REL.worksheet, CONTENT_TYPE.worksheet);
    newEntries.push({ name, sheetId: ++sheetId, relId, veryHidden });
    partOfSheet.set(name, part);
  };
  for (const spec of patch.newSheets) createSheet(spec.name, newSheetXml(columnsOf(spec, wrapStyle)), false);

  // The writes: the last value of each cell, sheet by sheet.
  const bySheet = new Map<string, Map<number, Map<number, CellValue>>>();
  for (const w of patch.writes) {
    let rows = bySheet.get(w.sheet);
    if (!rows) bySheet.set(w.sheet, (rows = new Map()));
    let cols = rows.get(w.row);
    if (!cols) rows.set(w.row, (cols = new Map()));
    cols.set(w.col, w.value);
  }
  const write = (part: string, xml: string, rows: Map<number, Map<number, CellValue>>) => {
    const cells = new Map<number, Map<number, CellContent>>();
    for (const [row, cols] of rows) {
      const contents = new Map<number, CellContent>();
      for (const [col, value] of cols) contents.set(col, contentOf(value, stringTable));
      cells.set(row, contents);
    }
    const patched = patchSheet(xml, cells);
    if (patched.releasedStrings > 0) stringTable().released(patched.releasedStrings);
    (added.has(part) ? added : replaced).set(part, patched.xml);
  };
  for (const [name, rows] of bySheet) {
    const part = partOfSheet.get(name);
    if (!part) throw new XmlPatchError(`no worksheet part for ${name}`);
    write(part, current(part), rows);
  }

  // The settings sheet.
  const settingsIndex = pkg.sheets.findIndex((s) => s.part && s.name.toLowerCase() === SETTINGS_SHEET);
  const settingsSheet = settingsIndex >= 0 ? pkg.sheets[settingsIndex]! : null;
  if (patch.settings !== undefined) {
    const cells = settingsCells(patch.settings);
    if (settingsSheet) {
      const emptied = emptySheet(current(settingsSheet.part!));
      if (emptied.releasedStrings > 0) stringTable().released(emptied.releasedStrings);
      write(settingsSheet.part!, emptied.xml, cells);
    } else {
      createSheet(SETTINGS_SHEET, newSheetXml([]), true);
      const part = partOfSheet.get(SETTINGS_SHEET)!;
      write(part, added.get(part)!, cells);
    }
  }

  const table = strings as SharedStrings | null;
  if (table?.changed) {
    if (sstPart) replaced.set(sstPart, table.render());
    else
      addPart(
        pkg.freeName(folder, "sharedStrings", taken, true),
        table.render(),
        REL.sharedStrings,
        CONTENT_TYPE.sharedStrings,
      );
  }

  // The workbook, its relationships, the content types, the titles of parts.
  const insertAt = settingsSheet && newEntries.length > 0 ? settingsIndex : null;
  const wb = patchWorkbook(pkg.text(pkg.workbookPart), {
    at: insertAt,
    sheets: newEntries,
    veryHidden: settingsSheet && patch.settings !== undefined ? settingsIndex : null,
    fullCalcOnLoad: patch.recalculate,
  });
  if (wb !== pkg.text(pkg.workbookPart)) replaced.set(pkg.workbookPart, wb);
  if (rels.length > 0) {
    const relsPart = pkg.find(relsPathOf(pkg.workbookPart));
    const xml = addRelationships(relsPart ? pkg.text(relsPart) : null, rels);
    if (relsPart) replaced.set(relsPart, xml);
    else added.set(relsPathOf(pkg.workbookPart), xml);
  }
  if (overrides.length > 0) {
    const types = pkg.find("[Content_Types].xml");
    if (!types) throw new XmlPatchError("no content types");
    replaced.set(types, addOverrides(pkg.text(types), overrides));
  }
  if (newEntries.length > 0) {
    const app = pkg.relationshipsOf("").find((r) => !r.external && isType(r.type, REL.extendedProperties));
    const appPart = app && pkg.find(app.target);
    if (appPart) {
      const worksheets = pkg.sheets.filter((s) => s.part).map((s) => s.name);
      const before = insertAt === null ? null : settingsSheet!.name;
      const xml = patchAppProperties(
        pkg.text(appPart),
        worksheets,
        newEntries.map((e) => ({ name: e.name, before: e.veryHidden ? null : before })),
      );
      if (xml !== pkg.text(appPart)) replaced.set(appPart, xml);
    }
  }
  return pkg.zip(replaced, added);
}
