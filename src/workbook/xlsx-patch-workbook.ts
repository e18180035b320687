/**
 * The workbook part (xl/workbook.xml) and the titles of parts (docProps/app.xml) of a patched workbook: the list
 * of sheets read, new sheets entered in it, the settings sheet made very hidden, the workbook marked to be
 * recalculated when Excel opens it. Only those elements change; the rest of both parts stays as it was.
 */
import {
  type Edit,
  type Span,
  NS,
  XmlPatchError,
  applyEdits,
  attributeOf,
  elementOf,
  escapeAttribute,
  escapeText,
  localName,
  namespacesOf,
  openForm,
  prefixOf,
  rootOf,
  unescapeXml,
  withAttributes,
} from "./xlsx-patch-xml";

/** A sheet as the workbook part lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** "visible", "hidden" or "veryHidden". */
  readonly state: string;
  /** The id of its relationship from the workbook part. */
  readonly relId: string;
}

/** A sheet to enter in the workbook part. */
export interface NewSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly veryHidden: boolean;
}

/** The elements of CT_Workbook that come after `<calcPr>`, in schema order. */
const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

function structureOf(xml: string) {
  const root = elementOf(xml, rootOf(xml));
  if (localName(root.open.name) !== "workbook") throw new XmlPatchError("not a workbook part");
  const child = (name: string) => root.children.find((c) => localName(c.open.name) === name) ?? null;
  const sheets = child("sheets");
  if (!sheets) throw new XmlPatchError("workbook without sheets");
  const relPrefix = [...namespacesOf(xml, root.open)].find(([, ns]) => ns === NS.rel || ns === NS.strictRel)?.[0];
  return { root, child, sheets: elementOf(xml, sheets.open), relPrefix };
}

function relIdOf(xml: string, sheet: Span, relPrefix: string | undefined): string {
  if (relPrefix !== undefined) {
    const id = attributeOf(xml, sheet.open, `${relPrefix}:id`);
    if (id !== undefined) return id;
  }
  // A prefix declared on the element itself, or any other: the one attribute named *:id.
  const local = [...namespacesOf(xml, sheet.open)].find(([, ns]) => ns === NS.rel || ns === NS.strictRel)?.[0];
  const id = local === undefined ? undefined : attributeOf(xml, sheet.open, `${local}:id`);
  if (id !== undefined) return id;
  const any = xml.slice(sheet.open.start, sheet.open.end).match(/\s[^\s=:]+:id\s*=\s*"([^"]*)"/)?.[1];
  if (any === undefined) throw new XmlPatchError("sheet without relationship");
  return unescapeXml(any);
}

/** The sheets the workbook part lists, in order (worksheets, chart sheets, dialog and macro sheets alike). */
export function sheetEntries(xml: string): SheetEntry[] {
  const root = elementOf(xml, rootOf(xml));
  if (localName(root.open.name) === "workbook" && !root.children.some((c) => localName(c.open.name) === "sheets"))
    return []; // a workbook part without <sheets>: a workbook without sheets
  const { sheets, relPrefix } = structureOf(xml);
  return sheets.children
    .filter((s) => localName(s.open.name) === "sheet")
    .map((s) => ({
      name: attributeOf(xml, s.open, "name") ?? "",
      sheetId: Number(attributeOf(xml, s.open, "sheetId") ?? 0),
      state: attributeOf(xml, s.open, "state") ?? "visible",
      relId: relIdOf(xml, s, relPrefix),
    }));
}

/** What changes in the workbook part. */
export interface WorkbookChange {
  /** New sheets, entered together before the sheet at this index of `<sheets>`, or last when null. Indices of
   *  sheets after them (defined names' localSheetId, the active and first tab) move on. */
  readonly at: number | null;
  readonly sheets: readonly NewSheetEntry[];
  /** The index of a sheet to make very hidden (the existing settings sheet), or null. */
  readonly veryHidden: number | null;
  /** Whether to set `<calcPr fullCalcOnLoad="1">`. */
  readonly fullCalcOnLoad: boolean;
}

/** The workbook part with `change` made. */
export function patchWorkbook(xml: string, change: WorkbookChange): string {
  const { root, child, sheets, relPrefix } = structureOf(xml);
  const p = prefixOf(root.open.name);
  const edits: Edit[] = [];
  const tagText = (s: Span) => xml.slice(s.open.start, s.open.end);
  const list = sheets.children.filter((s) => localName(s.open.name) === "sheet");

  if (change.sheets.length > 0) {
    const idAttr = relPrefix === undefined ? `r:id` : `${relPrefix}:id`;
    const declare = relPrefix === undefined ? ` xmlns:r="${NS.rel}"` : "";
    const text = change.sheets
      .map(
        (s) =>
          `<${p}sheet name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}"` +
          `${s.veryHidden ? ' state="veryHidden"' : ""} ${idAttr}="${s.relId}"${declare}/>`,
      )
      .join("");
    const before = change.at === null ? undefined : list[change.at];
    if (before) edits.push({ start: before.open.start, end: before.open.start, text });
    else if (sheets.open.kind === "empty")
      edits.push({
        start: sheets.open.start,
        end: sheets.end,
        text: `${openForm(tagText(sheets))}${text}</${sheets.open.name}>`,
      });
    else edits.push({ start: sheets.contentEnd, end: sheets.contentEnd, text });

    if (before) {
      const at = change.at!;
      const n = change.sheets.length;
      const shift = (span: Span, names: readonly string[]) => {
        const values: Record<string, string> = {};
        for (const name of names) {
          const v = attributeOf(xml, span.open, name);
          if (v !== undefined && /^\d+$/.test(v) && Number(v) >= at) values[name] = String(Number(v) + n);
        }
        if (Object.keys(values).length > 0)
          edits.push({ start: span.open.start, end: span.open.end, text: withAttributes(tagText(span), values) });
      };
      const names = child("definedNames");
      if (names) for (const d of elementOf(xml, names.open).children) shift(d, ["localSheetId"]);
      const views = child("bookViews");
      if (views) for (const v of elementOf(xml, views.open).children) shift(v, ["activeTab", "firstSheet"]);
    }
  }

  if (change.veryHidden !== null) {
    const sheet = list[change.veryHidden];
    if (sheet && attributeOf(xml, sheet.open, "state") !== "veryHidden")
      edits.push({
        start: sheet.open.start,
        end: sheet.open.end,
        text: withAttributes(tagText(sheet), { state: "veryHidden" }),
      });
  }

  if (change.fullCalcOnLoad) {
    const calcPr = child("calcPr");
    if (calcPr) {
      if (attributeOf(xml, calcPr.open, "fullCalcOnLoad") !== "1")
        edits.push({
          start: calcPr.open.start,
          end: calcPr.open.end,
          text: withAttributes(tagText(calcPr), { fullCalcOnLoad: "1" }),
        });
    } else {
      const next = root.children.find((c) => AFTER_CALC_PR.includes(localName(c.open.name)));
      const at = next ? next.open.start : root.contentEnd;
      edits.push({ start: at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` });
    }
  }
  return applyEdits(xml, edits);
}

/** The text of an element without child elements. */
function textOf(xml: string, span: Span): string {
  return unescapeXml(xml.slice(span.contentStart, span.contentEnd));
}

/**
 * docProps/app.xml with new sheet names among the titles of its worksheets (Excel lists every worksheet there, in
 * order, under a heading pair "Worksheets" / "工作表" with their count). `worksheets` are the names of the
 * workbook's worksheets, by which the heading is found; each added name goes before `before` when that is
 * listed, else at the end. A part laid out otherwise is left as it is: Excel does not need it.
 */
export function patchAppProperties(
  xml: string,
  worksheets: readonly string[],
  added: readonly { readonly name: string; readonly before: string | null }[],
): string {
  if (added.length === 0) return xml;
  let root;
  try {
    root = elementOf(xml, rootOf(xml));
  } catch {
    return xml;
  }
  const vectorIn = (name: string) => {
    const holder = root.children.find((c) => localName(c.open.name) === name);
    const vector = holder && elementOf(xml, holder.open).children.find((c) => localName(c.open.name) === "vector");
    return vector ? elementOf(xml, vector.open) : null;
  };
  const pairs = vectorIn("HeadingPairs");
  const titles = vectorIn("TitlesOfParts");
  if (!pairs || !titles) return xml;
  const variants = pairs.children.map((v) => elementOf(xml, v.open).children[0]);
  const lpstrs = titles.children;
  if (variants.some((v) => v === undefined) || variants.length % 2 !== 0) return xml;
  const counts: { label: Span; count: Span; n: number; from: number }[] = [];
  let total = 0;
  for (let i = 0; i < variants.length; i += 2) {
    const count = variants[i + 1]!;
    const n = Number(textOf(xml, count));
    if (!Number.isInteger(n) || n < 0) return xml;
    counts.push({ label: variants[i]!, count, n, from: total });
    total += n;
  }
  const size = attributeOf(xml, titles.open, "size");
  if (total !== lpstrs.length || (size !== undefined && Number(size) !== total)) return xml;
  const known = new Set(worksheets);
  const pair = counts.find((c) => lpstrs.slice(c.from, c.from + c.n).some((t) => known.has(textOf(xml, t))));
  if (!pair) return xml;

  const slice = lpstrs.slice(pair.from, pair.from + pair.n);
  const vt = prefixOf(slice[0]!.open.name);
  const edits: Edit[] = [];
  for (const a of added) {
    const before = a.before === null ? undefined : slice.find((t) => textOf(xml, t) === a.before);
    const at = before ? before.open.start : slice.at(-1)!.end;
    edits.push({ start: at, end: at, text: `<${vt}lpstr>${escapeText(a.name)}</${vt}lpstr>` });
  }
  edits.push({ start: pair.count.contentStart, end: pair.count.contentEnd, text: String(pair.n + added.length) });
  if (size !== undefined)
    edits.push({
      start: titles.open.start,
      end: titles.open.end,
      text: withAttributes(xml.slice(titles.open.start, titles.open.end), { size: String(total + added.length) }),
    });
  return applyEdits(xml, edits);
}
