/**
 * manifest.xml: offline schema validation (xmllint-wasm against the XSDs in ../shared/schemas) and the
 * checks the schema cannot make (see ../shared/schemas/office-addin-manifest/README.md), for the source
 * manifest, the manifest rendered for a deployment base URL, and dist/manifest.xml when a build made one.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";
import { DEV_BASE_URL, parseBaseUrl, referencedFiles, renderManifest } from "../scripts/manifest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SCHEMA_DIR = resolve(ROOT, "../shared/schemas/office-addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const SOURCE_PATH = join(ROOT, "manifest.xml");
const DIST_DIR = join(ROOT, "dist");
const DIST_PATH = join(DIST_DIR, "manifest.xml");
const DEPLOY_BASE_URL = "https://jixiao.example.gov.cn/addin/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** Documented limits: ShortStrings at most 125 characters, LongStrings at most 250. */
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
/** resid and resource ids: at most 32 characters. */
const REFERENCE_ID_MAX = 32;
/** Icon sizes: 16, 32 and 80 are mandatory; 20, 24, 40, 48 and 64 are optional. */
const MANDATORY_ICON_SIZES = [16, 32, 80];
const ICON_SIZES = new Set([16, 20, 24, 32, 40, 48, 64, 80]);
/** IconUrl is 32 × 32 and HighResolutionIconUrl 64 × 64 for a task pane add-in. */
const ADDIN_ICON_SIZES: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };
/** The custom-functions metadata the build emits: English from custom-functions-metadata, and Chinese. */
const METADATA_FILES: Record<string, string> = { "zh-CN": "functions.zh-cn.json", "en-US": "functions.json" };
const DEFAULT_LOCALE = "zh-CN";
const OVERRIDE_LOCALES = ["en-US"];
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

// ---------------------------------------------------------------------------------------------
// A small namespace-aware DOM over saxes (a well-formedness-checking SAX parser).

interface El {
  readonly uri: string;
  readonly local: string;
  readonly name: string;
  /** Attributes without a namespace, by name. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Local part of xsi:type, if any. */
  readonly xsiType: string | undefined;
  readonly children: El[];
  readonly parent: El | null;
  readonly line: number;
  text: string;
}

function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: El[] = [];
  let root: El | null = null;
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    let xsiType: string | undefined;
    for (const attr of Object.values(tag.attributes)) {
      if (attr.uri === NS.xsi && attr.local === "type") xsiType = attr.value.replace(/^.*:/, "");
      else if (attr.uri === "") attrs[attr.local] = attr.value;
    }
    const parent = stack.at(-1) ?? null;
    const el: El = {
      uri: tag.uri,
      local: tag.local,
      name: tag.name,
      attrs,
      xsiType,
      children: [],
      parent,
      line: parser.line,
      text: "",
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("text", (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

function descendants(el: El): El[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}

function kids(el: El | undefined, local: string, uri?: string): El[] {
  return el ? el.children.filter((c) => c.local === local && (uri === undefined || c.uri === uri)) : [];
}

function kid(el: El | undefined, local: string, uri?: string): El | undefined {
  return kids(el, local, uri)[0];
}

function where(el: El): string {
  return `<${el.name}> (line ${el.line})`;
}

function chars(s: string): number {
  return [...s].length;
}

// ---------------------------------------------------------------------------------------------
// The manifest as the checks see it.

type Kind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const KINDS: Kind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

interface Override {
  readonly locale: string;
  readonly value: string;
  readonly el: El;
}

interface Resource {
  readonly kind: Kind;
  readonly id: string;
  readonly value: string;
  readonly overrides: Override[];
  readonly el: El;
}

interface Manifest {
  readonly label: string;
  readonly xml: string;
  readonly root: El;
  /** Base URL the manifest's files live under. */
  readonly baseUrl: string;
  /** Local folder holding the files named under baseUrl (the repository root, or dist/). */
  readonly dir: string;
  readonly versionOverrides: El | undefined;
  readonly resources: Resource[];
}

function overridesOf(el: El): Override[] {
  return kids(el, "Override").map((o) => ({ locale: o.attrs.Locale ?? "", value: o.attrs.Value ?? "", el: o }));
}

function loadManifest(label: string, xml: string, dir: string, baseUrl?: string): Manifest {
  const root = parseXml(xml);
  const versionOverrides = kid(root, "VersionOverrides", NS.ov);
  const resourcesEl = kid(versionOverrides, "Resources", NS.ov);
  const resources: Resource[] = [];
  for (const kind of KINDS) {
    for (const collection of kids(resourcesEl, kind, NS.bt)) {
      for (const el of collection.children) {
        resources.push({
          kind,
          id: el.attrs.id ?? "",
          value: el.attrs.DefaultValue ?? "",
          overrides: overridesOf(el),
          el,
        });
      }
    }
  }
  const taskpane = kid(kid(root, "DefaultSettings", NS.app), "SourceLocation", NS.app)?.attrs.DefaultValue;
  const base = baseUrl ?? (taskpane ? new URL(".", taskpane).href : DEV_BASE_URL);
  return { label, xml, root, baseUrl: base, dir, versionOverrides, resources };
}

function resource(m: Manifest, id: string | undefined): Resource | undefined {
  return m.resources.find((r) => r.id === id);
}

function workbookHost(m: Manifest): El | undefined {
  return kids(kid(m.versionOverrides, "Hosts", NS.ov), "Host", NS.ov).find((h) => h.xsiType === "Workbook");
}

function customFunctionsPoint(m: Manifest): El[] {
  return descendants(m.root).filter((e) => e.local === "ExtensionPoint" && e.xsiType === "CustomFunctions");
}

function sourceResid(el: El | undefined): string | undefined {
  return kid(el, "SourceLocation", NS.ov)?.attrs.resid;
}

function requirementSets(m: Manifest): { base: string[]; overrides: string[] } {
  const base = kids(kid(kid(m.root, "Requirements", NS.app), "Sets", NS.app), "Set", NS.app);
  const over = kids(kid(kid(m.versionOverrides, "Requirements", NS.ov), "Sets", NS.bt), "Set", NS.bt);
  return { base: base.map((s) => s.attrs.Name ?? ""), overrides: over.map((s) => s.attrs.Name ?? "") };
}

/** Every URL in the manifest, with where it is written. */
function allUrls(m: Manifest): { url: string; el: El }[] {
  const urls: { url: string; el: El }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    for (const el of kids(m.root, name, NS.app)) {
      urls.push({ url: el.attrs.DefaultValue ?? "", el });
      for (const o of overridesOf(el)) urls.push({ url: o.value, el: o.el });
    }
  }
  for (const el of kids(kid(m.root, "DefaultSettings", NS.app), "SourceLocation", NS.app)) {
    urls.push({ url: el.attrs.DefaultValue ?? "", el });
    for (const o of overridesOf(el)) urls.push({ url: o.value, el: o.el });
  }
  for (const el of kids(kid(m.root, "AppDomains", NS.app), "AppDomain", NS.app)) urls.push({ url: el.text.trim(), el });
  for (const r of m.resources.filter((r) => r.kind === "Images" || r.kind === "Urls")) {
    urls.push({ url: r.value, el: r.el });
    for (const o of r.overrides) urls.push({ url: o.value, el: o.el });
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk, or a reason it is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | string {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return "not a PNG file";
  if (bytes.toString("latin1", 12, 16) !== "IHDR") return "PNG without an IHDR chunk first";
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------------
// The checks the schema cannot make. Each returns a list of problems; [] means the check passes.

type Check = (m: Manifest) => string[];

/** Which resource collection each referencing element must point into. */
function expectedKind(el: El): Kind | undefined {
  if (el.uri === NS.bt && el.local === "Image") return "Images";
  if (["SourceLocation", "LearnMoreUrl", "FunctionFile", "Runtime"].includes(el.local)) return "Urls";
  if (["Label", "Title", "Namespace"].includes(el.local)) return "ShortStrings";
  if (el.local === "Description") return "LongStrings";
  return undefined;
}

const checkResids: Check = (m) => {
  const problems: string[] = [];
  for (const el of descendants(m.root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const target = resource(m, resid);
    if (!target) {
      problems.push(`${where(el)} resid="${resid}" names no bt:Image, bt:Url or bt:String in <Resources>`);
      continue;
    }
    const kind = expectedKind(el);
    if (kind && target.kind !== kind) {
      problems.push(`${where(el)} resid="${resid}" points into bt:${target.kind}, expected bt:${kind}`);
    }
  }
  return problems;
};

const checkUniqueIds: Check = (m) => {
  const problems: string[] = [];
  const seen = new Map<string, Resource>();
  for (const r of m.resources) {
    if (r.id === "") problems.push(`${where(r.el)} has no id`);
    const first = seen.get(r.id);
    if (first) problems.push(`resource id "${r.id}" is used twice: ${where(first.el)} and ${where(r.el)}`);
    else seen.set(r.id, r);
    if (chars(r.id) > REFERENCE_ID_MAX) problems.push(`resource id "${r.id}" is longer than ${REFERENCE_ID_MAX}`);
  }
  const controls = new Map<string, El>();
  for (const el of descendants(m.root).filter((e) => ["Group", "Control", "CustomTab"].includes(e.local))) {
    const id = el.attrs.id ?? "";
    const first = controls.get(id);
    if (first) problems.push(`control id "${id}" is used twice: ${where(first)} and ${where(el)}`);
    else controls.set(id, el);
  }
  for (const el of descendants(m.root)) {
    const resid = el.attrs.resid;
    if (resid !== undefined && chars(resid) > REFERENCE_ID_MAX) {
      problems.push(`${where(el)} resid="${resid}" is longer than ${REFERENCE_ID_MAX}`);
    }
  }
  return problems;
};

const checkCustomFunctions: Check = (m) => {
  const problems: string[] = [];
  const points = customFunctionsPoint(m);
  if (points.length !== 1) return [`expected one CustomFunctions extension point, found ${points.length}`];
  const point = points[0]!;
  if (point.parent?.local !== "AllFormFactors") {
    problems.push(`the CustomFunctions extension point must sit in <AllFormFactors>, not in <${point.parent?.local}>`);
  }
  for (const part of ["Script", "Page", "Metadata"]) {
    const el = kid(point, part, NS.ov);
    if (!el) problems.push(`CustomFunctions has no <${part}>`);
    else if (!sourceResid(el)) problems.push(`CustomFunctions <${part}> has no <SourceLocation resid="…"/>`);
  }
  const namespace = kid(point, "Namespace", NS.ov);
  if (!namespace?.attrs.resid) problems.push('CustomFunctions has no <Namespace resid="…"/>');
  else {
    const ns = resource(m, namespace.attrs.resid);
    if (ns?.value !== "JX") problems.push(`the custom-functions namespace is "${ns?.value}", expected "JX"`);
    if (ns && ns.overrides.length > 0) problems.push("the custom-functions namespace must not vary by locale");
  }
  const script = resource(m, sourceResid(kid(point, "Script", NS.ov)));
  if (script && !script.value.endsWith("/functions.js")) {
    problems.push(`the custom-functions script is ${script.value}, expected …/functions.js`);
  }
  if (!requirementSets(m).base.includes("CustomFunctionsRuntime")) {
    problems.push("the base <Requirements> must require CustomFunctionsRuntime");
  }
  return problems;
};

const checkSharedRuntime: Check = (m) => {
  const problems: string[] = [];
  const sets = requirementSets(m);
  const wantsShared = sets.base.includes("SharedRuntime") || sets.overrides.includes("SharedRuntime");
  const host = workbookHost(m);
  if (!host) return ['VersionOverrides has no <Host xsi:type="Workbook">'];
  const runtimes = kids(kid(host, "Runtimes", NS.ov), "Runtime", NS.ov);
  if (wantsShared && runtimes.length === 0)
    problems.push("SharedRuntime is required but the Workbook host has no <Runtimes>");
  if (!wantsShared && runtimes.length > 0)
    problems.push("<Runtimes> is present but no <Requirements> names SharedRuntime");
  if (!wantsShared) problems.push("the add-in is meant to use the shared runtime: require SharedRuntime 1.1");
  if (runtimes.length === 0) return problems;
  if (runtimes.length !== 1) problems.push(`expected one <Runtime>, found ${runtimes.length}`);
  const runtime = runtimes[0]!;
  if (runtime.attrs.lifetime !== "long") problems.push(`${where(runtime)} must have lifetime="long"`);
  const resid = runtime.attrs.resid;
  const page = sourceResid(kid(customFunctionsPoint(m)[0], "Page", NS.ov));
  if (page !== resid) problems.push(`custom functions' <Page> uses resid "${page}", the runtime "${resid}"`);
  for (const ff of descendants(host).filter((e) => e.local === "FunctionFile")) {
    if (ff.attrs.resid !== resid) problems.push(`${where(ff)} uses resid "${ff.attrs.resid}", the runtime "${resid}"`);
  }
  for (const action of descendants(host).filter((e) => e.local === "Action" && e.xsiType === "ShowTaskpane")) {
    if (sourceResid(action) !== resid) {
      problems.push(`${where(action)} opens resid "${sourceResid(action)}", the runtime is "${resid}"`);
    }
    if (!kid(action, "TaskpaneId", NS.ov)?.text.trim()) problems.push(`${where(action)} has no <TaskpaneId>`);
  }
  const defaultPage = kid(kid(m.root, "DefaultSettings", NS.app), "SourceLocation", NS.app)?.attrs.DefaultValue;
  const runtimeUrl = resource(m, resid)?.value;
  if (runtimeUrl !== defaultPage) {
    problems.push(`the runtime page ${runtimeUrl} differs from <DefaultSettings> ${defaultPage}`);
  }
  return problems;
};

const checkHttps: Check = (m) => {
  const problems: string[] = [];
  for (const { url, el } of allUrls(m)) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where(el)} "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${where(el)} "${url}" is not https`);
  }
  return problems;
};

const checkMetadataUrl: Check = (m) => {
  const problems: string[] = [];
  const defaultLocale = kid(m.root, "DefaultLocale", NS.app)?.text.trim();
  if (defaultLocale !== DEFAULT_LOCALE)
    problems.push(`<DefaultLocale> is ${defaultLocale}, expected ${DEFAULT_LOCALE}`);
  const point = customFunctionsPoint(m)[0];
  const metadata = resource(m, sourceResid(kid(point, "Metadata", NS.ov)));
  if (!metadata) return [...problems, "the custom-functions <Metadata> names no bt:Url"];
  const script = resource(m, sourceResid(kid(point, "Script", NS.ov)));
  const folder = script ? new URL(".", script.value).href : m.baseUrl;
  const expect = (url: string, locale: string): void => {
    const file = METADATA_FILES[locale];
    if (!file) problems.push(`no metadata file is built for locale ${locale} (${url})`);
    else if (url !== folder + file) problems.push(`metadata for ${locale} is ${url}, expected ${folder + file}`);
  };
  expect(metadata.value, defaultLocale ?? "");
  for (const o of metadata.overrides) expect(o.value, o.locale);
  for (const locale of Object.keys(METADATA_FILES).filter((l) => l !== defaultLocale)) {
    if (!metadata.overrides.some((o) => o.locale === locale)) {
      problems.push(`the metadata URL has no <bt:Override Locale="${locale}"> for ${METADATA_FILES[locale]}`);
    }
  }
  return problems;
};

const checkLocalization: Check = (m) => {
  const problems: string[] = [];
  const resourcesEl = kid(m.versionOverrides, "Resources", NS.ov);
  for (const el of resourcesEl ? descendants(resourcesEl) : []) {
    if (el.local === "Override" && el.uri !== NS.bt) {
      problems.push(`${where(el)} must be <bt:Override> (namespace ${NS.bt}), not ${el.uri || "no namespace"}`);
    }
  }
  const texts: { what: string; value: string; overrides: Override[]; el: El }[] = [];
  for (const name of ["DisplayName", "Description"]) {
    const el = kid(m.root, name, NS.app);
    if (!el) problems.push(`no <${name}>`);
    else texts.push({ what: `<${name}>`, value: el.attrs.DefaultValue ?? "", overrides: overridesOf(el), el });
  }
  for (const r of m.resources.filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings")) {
    texts.push({ what: `string "${r.id}"`, value: r.value, overrides: r.overrides, el: r.el });
  }
  for (const t of texts) {
    for (const o of t.overrides) {
      if (!OVERRIDE_LOCALES.includes(o.locale)) problems.push(`${t.what} overrides unexpected locale "${o.locale}"`);
    }
    const locales = t.overrides.map((o) => o.locale);
    if (new Set(locales).size !== locales.length) problems.push(`${t.what} overrides a locale twice`);
    if (!CJK.test(t.value)) continue; // language-neutral, such as the namespace "JX"
    const english = t.overrides.find((o) => o.locale === "en-US");
    if (!english) problems.push(`${t.what} "${t.value}" has no en-US override`);
    else if (CJK.test(english.value)) problems.push(`${t.what}: the en-US text "${english.value}" is not English`);
  }
  for (const name of ["DisplayName", "Description"]) {
    const el = kid(m.root, name, NS.app);
    if (el && !CJK.test(el.attrs.DefaultValue ?? "")) problems.push(`<${name}> must default to Chinese (zh-CN)`);
  }
  return problems;
};

const checkIcons: Check = (m) => {
  const problems: string[] = [];
  const sizesById = new Map<string, Set<number>>();
  for (const icon of descendants(m.root).filter((e) => e.local === "Icon" && e.uri === NS.ov)) {
    const sizes = kids(icon, "Image", NS.bt).map((i) => Number(i.attrs.size));
    for (const need of MANDATORY_ICON_SIZES) {
      if (!sizes.includes(need)) problems.push(`${where(icon)} has no ${need}px image`);
    }
    if (new Set(sizes).size !== sizes.length) problems.push(`${where(icon)} names a size twice`);
    for (const image of kids(icon, "Image", NS.bt)) {
      const size = Number(image.attrs.size);
      if (!ICON_SIZES.has(size)) problems.push(`${where(image)} size="${image.attrs.size}" is not a supported size`);
      const id = image.attrs.resid ?? "";
      sizesById.set(id, (sizesById.get(id) ?? new Set()).add(size));
    }
  }
  const wanted: { url: string; size: number; what: string }[] = [];
  for (const r of m.resources.filter((r) => r.kind === "Images")) {
    const sizes = [...(sizesById.get(r.id) ?? [])];
    if (sizes.length === 0) problems.push(`image "${r.id}" is not used by any <Icon>`);
    if (sizes.length > 1) problems.push(`image "${r.id}" is used at several sizes: ${sizes.join(", ")}`);
    for (const url of [r.value, ...r.overrides.map((o) => o.value)]) {
      for (const size of sizes) wanted.push({ url, size, what: `image "${r.id}"` });
    }
  }
  for (const [name, size] of Object.entries(ADDIN_ICON_SIZES)) {
    const el = kid(m.root, name, NS.app);
    if (!el) problems.push(`no <${name}>`);
    else wanted.push({ url: el.attrs.DefaultValue ?? "", size, what: `<${name}>` });
  }
  for (const { url, size, what } of wanted) {
    if (!url.startsWith(m.baseUrl + "assets/")) {
      problems.push(`${what} ${url} is not under ${m.baseUrl}assets/`);
      continue;
    }
    const relative = url.slice(m.baseUrl.length);
    const file = join(m.dir, ...relative.split("/"));
    if (!existsSync(file)) {
      problems.push(`${what}: ${relative} does not exist in ${m.dir}`);
      continue;
    }
    const dims = pngSize(readFileSync(file));
    if (typeof dims === "string") problems.push(`${what}: ${relative} is ${dims}`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(`${what}: ${relative} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
    }
  }
  return problems;
};

const checkStringLengths: Check = (m) => {
  const problems: string[] = [];
  const limit = (what: string, value: string, max: number): void => {
    if (chars(value) === 0) problems.push(`${what} is empty`);
    if (chars(value) > max) problems.push(`${what} has ${chars(value)} characters, at most ${max} are allowed`);
  };
  for (const r of m.resources) {
    const max = r.kind === "ShortStrings" ? SHORT_STRING_MAX : r.kind === "LongStrings" ? LONG_STRING_MAX : undefined;
    if (max === undefined) continue;
    limit(`string "${r.id}"`, r.value, max);
    for (const o of r.overrides) limit(`string "${r.id}" (${o.locale})`, o.value, max);
  }
  for (const [name, max] of [
    ["DisplayName", SHORT_STRING_MAX],
    ["Description", LONG_STRING_MAX],
  ] as const) {
    const el = kid(m.root, name, NS.app);
    if (!el) continue;
    limit(`<${name}>`, el.attrs.DefaultValue ?? "", max);
    for (const o of overridesOf(el)) limit(`<${name}> (${o.locale})`, o.value, max);
  }
  return problems;
};

const CHECKS: [string, Check][] = [
  ["every resid resolves to a bt: resource of the right kind", checkResids],
  ["resource and control ids are unique and at most 32 characters", checkUniqueIds],
  ["the CustomFunctions extension point has Script, Page, Metadata and Namespace", checkCustomFunctions],
  ["the SharedRuntime requirement goes with <Runtimes> and one page", checkSharedRuntime],
  ["every URL is https", checkHttps],
  ["the Metadata URL names functions.zh-cn.json, and functions.json for en-US", checkMetadataUrl],
  ["texts default to Chinese and have English bt:Override elements", checkLocalization],
  ["every icon named exists in assets/ at its pixel size", checkIcons],
  ["ShortStrings are at most 125 characters and LongStrings at most 250", checkStringLengths],
];

function allProblems(m: Manifest): string[] {
  return CHECKS.flatMap(([name, check]) => check(m).map((p) => `${name}: ${p}`));
}

// ---------------------------------------------------------------------------------------------
// Schema validation.

let schemas: { main: { fileName: string; contents: string }; preload: { fileName: string; contents: string }[] };

function loadSchemas(): typeof schemas {
  if (schemas) return schemas;
  if (!existsSync(join(SCHEMA_DIR, MAIN_SCHEMA))) {
    throw new Error(`manifest schemas not found at ${SCHEMA_DIR} (shared/ must sit beside the repository)`);
  }
  const read = (fileName: string) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), "utf8") });
  const others = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA);
  schemas = { main: read(MAIN_SCHEMA), preload: others.sort().map(read) };
  return schemas;
}

function validate(xml: string): Promise<XMLValidationResult> {
  const { main, preload } = loadSchemas();
  return validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], schema: [main], preload });
}

function schemaErrors(result: XMLValidationResult): string[] {
  return result.errors.map((e) => e.rawMessage.trim());
}

// ---------------------------------------------------------------------------------------------

const source = readFileSync(SOURCE_PATH, "utf8");
const rendered = renderManifest(source, DEPLOY_BASE_URL);

describe.each([
  { label: "manifest.xml", xml: source, baseUrl: DEV_BASE_URL },
  { label: `manifest.xml rendered for ${DEPLOY_BASE_URL}`, xml: rendered, baseUrl: DEPLOY_BASE_URL },
])("$label", ({ label, xml, baseUrl }) => {
  const manifest = loadManifest(label, xml, ROOT, baseUrl);

  it("is valid against the Office add-in manifest schemas", async () => {
    const result = await validate(xml);
    expect(schemaErrors(result)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(CHECKS)("%s", (_name, check) => {
    expect(check(manifest)).toEqual([]);
  });
});

describe("the rendered manifest", () => {
  it("keeps nothing of the development base and names the deployment origin in <AppDomain>", () => {
    expect(rendered).not.toContain("localhost");
    const appDomains = kids(kid(parseXml(rendered), "AppDomains", NS.app), "AppDomain", NS.app).map((e) => e.text);
    expect(appDomains).toEqual(["https://jixiao.example.gov.cn"]);
  });

  it("names the same files as the source, under the deployment base", () => {
    const files = referencedFiles(source);
    expect(referencedFiles(rendered, DEPLOY_BASE_URL)).toEqual(files);
    expect(files).toEqual(
      [
        "assets/icon-16.png",
        "assets/icon-20.png",
        "assets/icon-24.png",
        "assets/icon-32.png",
        "assets/icon-40.png",
        "assets/icon-48.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
        "functions.js",
        "functions.json",
        "functions.zh-cn.json",
        "help.html",
        "taskpane.html",
      ].sort(),
    );
  });

  it("is the source itself when rendered for the development base", () => {
    expect(renderManifest(source, DEV_BASE_URL)).toBe(source);
  });
});

describe("dist/manifest.xml", () => {
  const skipReason = "no dist/manifest.xml: run the build first to validate the manifest it writes";
  const load = () => loadManifest("dist/manifest.xml", readFileSync(DIST_PATH, "utf8"), DIST_DIR);

  it("is valid against the Office add-in manifest schemas", async (ctx) => {
    ctx.skip(!existsSync(DIST_PATH), skipReason);
    const result = await validate(load().xml);
    expect(schemaErrors(result)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("passes every semantic check", (ctx) => {
    ctx.skip(!existsSync(DIST_PATH), skipReason);
    expect(allProblems(load())).toEqual([]);
  });

  it("has every file it names in dist/", (ctx) => {
    ctx.skip(!existsSync(DIST_PATH), skipReason);
    const m = load();
    const files = referencedFiles(m.xml, m.baseUrl);
    expect(files).toEqual(referencedFiles(source));
    expect(files.filter((f) => !existsSync(join(DIST_DIR, ...f.split("/"))))).toEqual([]);
  });
});

describe("renderManifest", () => {
  it("replaces every development URL and keeps the rest of the text", () => {
    const out = renderManifest(source, "https://intranet.example.cn:8443/tools/jixiao/");
    expect(out).toContain(
      '<bt:Url id="JX.Script.Url" DefaultValue="https://intranet.example.cn:8443/tools/jixiao/functions.js"/>',
    );
    expect(out).toContain("<AppDomain>https://intranet.example.cn:8443</AppDomain>");
    expect(
      out
        .split("https://intranet.example.cn:8443/tools/jixiao/")
        .join(DEV_BASE_URL)
        .replace(
          "<AppDomain>https://intranet.example.cn:8443</AppDomain>",
          "<AppDomain>https://localhost:3000</AppDomain>",
        ),
    ).toBe(source);
  });

  it.each([
    ["http://jixiao.example.gov.cn/addin/", /https/],
    ["https://jixiao.example.gov.cn/addin", /必须以“\/”结尾.*must end with "\/"/],
    ["jixiao.example.gov.cn/addin/", /https/],
    ["", /不能为空.*must not be empty/],
    ["https://jixiao.example.gov.cn/addin/?v=2/", /查询串.*query/],
    ["https://jixiao.example.gov.cn/a&b/", /不能写进清单.*cannot go into the manifest/],
    ["https://jixiao.example.gov.cn/a b/", /不能写进清单.*cannot go into the manifest/],
    ["https://user:secret@jixiao.example.gov.cn/addin/", /用户名或密码.*user name or password/],
    ["https://JIXIAO.example.gov.cn/addin/", /规范形式.*canonical form "https:\/\/jixiao\.example\.gov\.cn\/addin\/"/],
  ])("rejects %j with a clear message", (baseUrl, message) => {
    expect(() => renderManifest(source, baseUrl)).toThrow(message);
  });

  it("explains every rejection in Chinese and in English", () => {
    for (const bad of ["http://a.cn/", "https://a.cn", "ftp://a.cn/", "https://a.cn/#x/"]) {
      let message = "";
      try {
        parseBaseUrl(bad);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, bad).toMatch(CJK);
      expect(message, bad).toMatch(/ \/ [A-Z][a-z]/);
      expect(message, bad).toContain(JSON.stringify(bad));
    }
  });

  it("refuses a manifest without the development base", () => {
    expect(() => renderManifest(rendered, DEPLOY_BASE_URL)).toThrow(/开发地址.*development base URL/);
  });
});

describe("a broken manifest is rejected", () => {
  /** Replaces `from` (which must occur exactly once) by `to`, so that a mutation cannot silently go stale. */
  const replaceOnce = (xml: string, from: string | RegExp, to: string): string => {
    const count =
      typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from, "g")) ?? []).length;
    if (count !== 1) throw new Error(`mutation target occurs ${count} times: ${String(from)}`);
    return xml.replace(from, to);
  };
  const check = (name: Check) => CHECKS.find(([, c]) => c === name)![0];

  const cases: { name: string; mutate: (xml: string) => string; schema: boolean; check?: Check }[] = [
    {
      name: "without <Permissions>",
      mutate: (x) => replaceOnce(x, /\n\s*<Permissions>ReadWriteDocument<\/Permissions>/, ""),
      schema: true,
    },
    {
      name: "with <Requirements> before <Hosts>",
      mutate: (x) => {
        const hosts = '  <Hosts>\n    <Host Name="Workbook"/>\n  </Hosts>\n';
        const requirements = x.match(/ {2}<Requirements>\n[\s\S]*?\n {2}<\/Requirements>\n/)![0];
        return replaceOnce(x, hosts + requirements, requirements + hosts);
      },
      schema: true,
    },
    {
      name: "with an unprefixed <Override> in <Resources>",
      mutate: (x) =>
        replaceOnce(
          x,
          '<bt:Override Locale="en-US" Value="Self-Evaluation"/>',
          '<Override Locale="en-US" Value="Self-Evaluation"/>',
        ),
      schema: true,
      check: checkLocalization,
    },
    {
      name: "with a ShortString of 128 characters",
      mutate: (x) => replaceOnce(x, 'DefaultValue="绩效自评"', `DefaultValue="${"绩效自评".repeat(32)}"`),
      schema: true,
      check: checkStringLengths,
    },
    {
      name: "with a dangling resid",
      mutate: (x) => replaceOnce(x, '<Namespace resid="JX.Namespace"/>', '<Namespace resid="JX.Namespace.Missing"/>'),
      schema: false,
      check: checkResids,
    },
    {
      name: "with a Label pointing at a URL",
      mutate: (x) => replaceOnce(x, '<Label resid="JX.Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
      schema: false,
      check: checkResids,
    },
    {
      name: "with a resource id used twice",
      mutate: (x) => replaceOnce(x, 'id="GetStarted.LearnMoreUrl" DefaultValue', 'id="Taskpane.Url" DefaultValue'),
      schema: false,
      check: checkUniqueIds,
    },
    {
      name: "without the custom functions' <Metadata>",
      mutate: (x) => replaceOnce(x, /\n\s*<Metadata>\s*<SourceLocation resid="JX.Metadata.Url"\/>\s*<\/Metadata>/, ""),
      schema: false,
      check: checkCustomFunctions,
    },
    {
      name: "requiring SharedRuntime without <Runtimes>",
      mutate: (x) => replaceOnce(x, /\n\s*<Runtimes>[\s\S]*?<\/Runtimes>/, ""),
      schema: false,
      check: checkSharedRuntime,
    },
    {
      name: "with the runtime on another page than the custom functions",
      mutate: (x) =>
        replaceOnce(
          x,
          '<Runtime resid="Taskpane.Url" lifetime="long"/>',
          '<Runtime resid="GetStarted.LearnMoreUrl" lifetime="long"/>',
        ),
      schema: false,
      check: checkSharedRuntime,
    },
    {
      name: "with an http URL",
      mutate: (x) => replaceOnce(x, '<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'),
      schema: false,
      check: checkHttps,
    },
    {
      name: "with metadata the build does not emit",
      mutate: (x) =>
        replaceOnce(
          x,
          'DefaultValue="https://localhost:3000/functions.zh-cn.json"',
          'DefaultValue="https://localhost:3000/functions-zh.json"',
        ),
      schema: false,
      check: checkMetadataUrl,
    },
    {
      name: "without an English override",
      mutate: (x) => replaceOnce(x, /\n\s*<bt:Override Locale="en-US" Value="Open Assistant"\/>/, ""),
      schema: false,
      check: checkLocalization,
    },
    {
      name: "with an icon of the wrong size",
      mutate: (x) =>
        replaceOnce(
          x,
          'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        ),
      schema: false,
      check: checkIcons,
    },
    {
      name: "with an icon file that does not exist",
      mutate: (x) => replaceOnce(x, "assets/icon-80.png", "assets/icon-80x80.png"),
      schema: false,
      check: checkIcons,
    },
  ];

  for (const { name, mutate, schema, check: which } of cases) {
    it(name, async () => {
      const broken = mutate(source);
      expect(broken).not.toBe(source);
      const result = await validate(broken);
      if (schema) {
        expect(result.valid).toBe(false);
        expect(result.errors.length).toBeGreaterThan(0);
      }
      if (which) {
        const problems = which(loadManifest("broken", broken, ROOT, DEV_BASE_URL));
        expect(problems, check(which)).not.toEqual([]);
      }
    });
  }

  it("is not well-formed XML when a tag is left open", async () => {
    const broken = replaceOnce(source, "</DefaultSettings>", "");
    expect(() => parseXml(broken)).toThrow();
    expect((await validate(broken)).valid).toBe(false);
  });
});

describe("assets", () => {
  const assets = join(ROOT, "assets");

  it("holds icon PNGs whose pixel size matches their name", () => {
    const icons = readdirSync(assets).filter((f) => /^icon-\d+\.png$/.test(f));
    expect(icons.length).toBeGreaterThanOrEqual(8);
    for (const icon of icons) {
      const size = Number(/\d+/.exec(icon)![0]);
      expect(pngSize(readFileSync(join(assets, icon))), icon).toEqual({ width: size, height: size });
    }
  });

  it("keeps the SVG sources the PNGs are drawn from", () => {
    for (const svg of ["icon.svg", "icon-small.svg"]) {
      const root = parseXml(readFileSync(join(assets, svg), "utf8"));
      expect(root.local, svg).toBe("svg");
      expect(root.uri, svg).toBe("http://www.w3.org/2000/svg");
    }
  });
});
