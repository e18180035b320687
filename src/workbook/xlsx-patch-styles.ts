/**
 * The one style jixiao adds to a workbook: wrapped text, for the wrapping columns of the sheets it creates. It is
 * appended to `<cellXfs>` of xl/styles.xml (existing entries keep their order and so their indices), or the
 * workbook gets a minimal styles part if it has none.
 */
import {
  NS,
  XML_DECLARATION,
  applyEdits,
  attributeOf,
  elementOf,
  localName,
  openForm,
  prefixOf,
  rootOf,
  withAttributes,
} from "./xlsx-patch-xml";

/** A styles part with the wrapping style added, and its index in `<cellXfs>`; null when the part has no
 *  `<cellXfs>` to add it to (the columns then only get their widths). */
export function addWrapStyle(xml: string): { xml: string; index: number } | null {
  const root = elementOf(xml, rootOf(xml));
  const find = (name: string) => root.children.find((c) => localName(c.open.name) === name);
  const cellXfs = find("cellXfs");
  if (!cellXfs) return null;
  const p = prefixOf(cellXfs.open.name);
  const xfs = elementOf(xml, cellXfs.open).children.filter((c) => localName(c.open.name) === "xf");
  const styleXfs = find("cellStyleXfs");
  const hasStyleXf =
    styleXfs !== undefined && elementOf(xml, styleXfs.open).children.some((c) => localName(c.open.name) === "xf");
  const xf =
    `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"${hasStyleXf ? ' xfId="0"' : ""} applyAlignment="1">` +
    `<${p}alignment wrapText="1"/></${p}xf>`;
  const index = xfs.length;
  const tag = xml.slice(cellXfs.open.start, cellXfs.open.end);
  const counted =
    attributeOf(xml, cellXfs.open, "count") === undefined ? tag : withAttributes(tag, { count: `${index + 1}` });
  const edits =
    cellXfs.open.kind === "empty"
      ? [{ start: cellXfs.open.start, end: cellXfs.end, text: `${openForm(counted)}${xf}</${cellXfs.open.name}>` }]
      : [
          { start: cellXfs.open.start, end: cellXfs.open.end, text: counted },
          { start: cellXfs.contentEnd, end: cellXfs.contentEnd, text: xf },
        ];
  return { xml: applyEdits(xml, edits), index };
}

/** A styles part for a workbook that has none: Excel's defaults (Calibri 11), and the wrapping style as 1. */
export function minimalStyles(): { xml: string; index: number } {
  const xml =
    `${XML_DECLARATION}<styleSheet xmlns="${NS.main}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`;
  return { xml, index: 1 };
}
