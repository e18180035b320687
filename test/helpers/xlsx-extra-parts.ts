/**
 * A workbook with parts ExcelJS does not keep when it writes a file: a chart (with its drawing), a data bar and a
 * sparkline group in x14 extensions of a worksheet, an Office add-in's webextension and task pane, a custom XML
 * part, and a VBA project. Built by adding hand-written minimal parts, with fflate, to the fixture ExcelJS writes
 * (buildFixture), so that everything ExcelJS does model is still there to read and write.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildFixture } from "./xlsx-fixture";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const CHART = `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'绩效自评表'!$B$4:$C$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>36353.37</c:v></c:pt><c:pt idx="1"><c:v>32132.93</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING = `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const BAR_ID = "{00000000-0001-0000-0000-000000000001}";

/** The data bar's conditional format, with the id of its x14 extension. */
export const DATA_BAR = `<conditionalFormatting sqref="B4:C4"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${BAR_ID}</x14:id></ext></extLst></cfRule></conditionalFormatting>`;

/** The worksheet's x14 extensions: the data bar's x14 part and a sparkline group. */
export const SHEET_EXT = `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${BAR_ID}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>B4:C4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines><x14:sparkline><xm:f>'绩效自评表'!B4:C4</xm:f><xm:sqref>G4</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;

const WEBEXTENSION = `${DECL}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5F0B0E5C-1A1B-4C5D-9E8F-0A1B2C3D4E5F}"><we:reference id="wa000000000" version="1.0.0.0" store="zh-CN" storeType="OMEX"/><we:alternateReferences/><we:properties><we:property name="jixiao" value="&quot;{\\&quot;profile\\&quot;:\\&quot;national\\&quot;}&quot;"/></we:properties><we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`;

const TASKPANES = `${DECL}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;

const CUSTOM_XML = `${DECL}<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6"/>`;

const CUSTOM_XML_PROPS = `${DECL}<ds:datastoreItem ds:itemID="{6A0B1C2D-3E4F-5061-7283-94A5B6C7D8E9}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`;

const rels = (items: readonly [string, string, string][]) =>
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;

/** A VBA project's bytes (not a real one: the part only has to come back as it was). */
export const VBA_PROJECT = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + (i >> 3)) & 255);

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The parts added to the fixture, by path: the ones that must come back byte for byte. */
export const EXTRA_PARTS = [
  "xl/charts/chart1.xml",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/webextensions/webextension1.xml",
  "xl/webextensions/taskpanes.xml",
  "xl/webextensions/_rels/taskpanes.xml.rels",
  "customXml/item1.xml",
  "customXml/itemProps1.xml",
  "customXml/_rels/item1.xml.rels",
  "xl/vbaProject.bin",
] as const;

/** The parts of a workbook's package that are not tied to a sheet, added to a workbook ExcelJS wrote: the
 *  webextension and its task pane, the custom XML part and the VBA project (EXTRA_PARTS but the chart's). */
export function addPackageExtras(files: Record<string, Uint8Array>): void {
  const text = (path: string) => strFromU8(files[path]!);
  const set = (path: string, xml: string) => (files[path] = strToU8(xml));
  set("xl/webextensions/webextension1.xml", WEBEXTENSION);
  set("xl/webextensions/taskpanes.xml", TASKPANES);
  set(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    rels([["rId1", "http://schemas.microsoft.com/office/2011/relationships/webextension", "webextension1.xml"]]),
  );
  set(
    "_rels/.rels",
    insertBefore(
      text("_rels/.rels"),
      "</Relationships>",
      `<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/>`,
    ),
  );
  set("customXml/item1.xml", CUSTOM_XML);
  set("customXml/itemProps1.xml", CUSTOM_XML_PROPS);
  set("customXml/_rels/item1.xml.rels", rels([["rId1", `${REL}/customXmlProps`, "itemProps1.xml"]]));
  files["xl/vbaProject.bin"] = VBA_PROJECT;
  set(
    "xl/_rels/workbook.xml.rels",
    insertBefore(
      text("xl/_rels/workbook.xml.rels"),
      "</Relationships>",
      `<Relationship Id="rId90" Type="${REL}/customXml" Target="../customXml/item1.xml"/>` +
        `<Relationship Id="rId91" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
    ),
  );
  const types: [string, string][] = [
    ["/xl/webextensions/webextension1.xml", "application/vnd.ms-office.webextension+xml"],
    ["/xl/webextensions/taskpanes.xml", "application/vnd.ms-office.webextensiontaskpanes+xml"],
    ["/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"],
  ];
  set(
    "[Content_Types].xml",
    insertBefore(
      text("[Content_Types].xml"),
      "</Types>",
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
        types.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join(""),
    ),
  );
}

/** buildFixture() with the chart, drawing and x14 extensions on 绩效自评表 (sheet1), the webextension, the
 *  custom XML and the VBA project. */
export async function buildFixtureWithExtras(): Promise<Uint8Array> {
  const files = unzipSync(await buildFixture());
  const text = (path: string) => strFromU8(files[path]!);
  const set = (path: string, xml: string) => (files[path] = strToU8(xml));

  let sheet = text("xl/worksheets/sheet1.xml");
  sheet = insertBefore(sheet, "<hyperlinks>", DATA_BAR);
  sheet = insertBefore(sheet, "</worksheet>", `<drawing r:id="rId99"/>${SHEET_EXT}`);
  set("xl/worksheets/sheet1.xml", sheet);
  set(
    "xl/worksheets/_rels/sheet1.xml.rels",
    insertBefore(
      text("xl/worksheets/_rels/sheet1.xml.rels"),
      "</Relationships>",
      `<Relationship Id="rId99" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`,
    ),
  );
  set("xl/drawings/drawing1.xml", DRAWING);
  set("xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", `${REL}/chart`, "../charts/chart1.xml"]]));
  set("xl/charts/chart1.xml", CHART);
  set(
    "[Content_Types].xml",
    insertBefore(
      text("[Content_Types].xml"),
      "</Types>",
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    ),
  );
  addPackageExtras(files);
  return zipSync(files);
}
