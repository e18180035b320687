/**
 * The add-in manifest for a deployment.
 *
 * manifest.xml at the repository root names every file under the development base URL
 * (DEV_BASE_URL, the address `office-addin-debugging` serves). The build writes dist/manifest.xml
 * with renderManifest(source, baseUrl), which puts the deployment base in its place, and the
 * development origin in <AppDomain> becomes the deployment origin.
 *
 * Pure functions: no I/O, no globals.
 */

/** Base URL of the development server named in manifest.xml. */
export const DEV_BASE_URL = "https://localhost:3000/";

/** DEV_BASE_URL without the trailing slash, as written in <AppDomain>. */
export const DEV_ORIGIN = DEV_BASE_URL.slice(0, -1);

/** The development origin, with or without a path after it, but not a longer port (":30001"). */
const DEV_URL_PATTERN = /https:\/\/localhost:3000(?![0-9])(\/)?/g;

/** Characters that cannot be written into an XML attribute or text as they are, or end a URL. */
const FORBIDDEN_CHARACTERS = /[\s"'<>&\\]/;

function baseUrlError(chinese: string, english: string): Error {
  return new Error(`${chinese} / ${english}`);
}

/**
 * Checks a deployment base URL and returns it parsed.
 * Throws an Error whose message is in Chinese, then English.
 */
export function parseBaseUrl(baseUrl: string): URL {
  if (typeof baseUrl !== "string" || baseUrl.trim() === "") {
    throw baseUrlError("部署地址不能为空。", "The base URL must not be empty.");
  }
  const shown = JSON.stringify(baseUrl);
  if (FORBIDDEN_CHARACTERS.test(baseUrl)) {
    throw baseUrlError(
      `部署地址含有不能写进清单的字符（空白、引号、<、>、&、\\）：${shown}。`,
      `The base URL contains characters that cannot go into the manifest (whitespace, quotes, <, >, &, \\): ${shown}.`,
    );
  }
  if (!/^https:\/\//i.test(baseUrl)) {
    throw baseUrlError(
      `部署地址必须以 https:// 开头（Office 只从 HTTPS 地址加载加载项）：收到 ${shown}。`,
      `The base URL must use https:// (Office loads add-ins only over HTTPS): got ${shown}.`,
    );
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw baseUrlError(`部署地址不是有效的 URL：${shown}。`, `The base URL is not a valid URL: ${shown}.`);
  }
  if (url.protocol !== "https:" || url.hostname === "") {
    throw baseUrlError(
      `部署地址必须是带主机名的 https 地址：收到 ${shown}。`,
      `The base URL must be an https URL with a host name: got ${shown}.`,
    );
  }
  if (url.search !== "" || url.hash !== "" || baseUrl.includes("?") || baseUrl.includes("#")) {
    throw baseUrlError(
      `部署地址不能带查询串（?）或片段（#）：收到 ${shown}。`,
      `The base URL must not have a query (?) or a fragment (#): got ${shown}.`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw baseUrlError(
      `部署地址不能包含用户名或密码：收到 ${shown}。`,
      `The base URL must not contain a user name or password: got ${shown}.`,
    );
  }
  if (!baseUrl.endsWith("/")) {
    throw baseUrlError(
      `部署地址必须以“/”结尾，例如 "https://jixiao.example.gov.cn/addin/"：收到 ${shown}。`,
      `The base URL must end with "/", for example "https://jixiao.example.gov.cn/addin/": got ${shown}.`,
    );
  }
  if (url.href !== baseUrl) {
    throw baseUrlError(
      `部署地址请写成规范形式 ${JSON.stringify(url.href)}：收到 ${shown}。`,
      `Write the base URL in its canonical form ${JSON.stringify(url.href)}: got ${shown}.`,
    );
  }
  return url;
}

/**
 * Returns the manifest with the development base URL replaced by `baseUrl`
 * (which must be an https URL ending with "/") and the development origin in <AppDomain>
 * replaced by the origin of `baseUrl`.
 */
export function renderManifest(source: string, baseUrl: string): string {
  const url = parseBaseUrl(baseUrl);
  if (!source.includes(DEV_BASE_URL)) {
    throw new Error(
      `清单中没有开发地址 ${DEV_BASE_URL}，无法替换为部署地址（是否已经替换过？）。 / ` +
        `The manifest does not contain the development base URL ${DEV_BASE_URL}, so there is nothing to replace (was it rendered already?).`,
    );
  }
  return source.replace(DEV_URL_PATTERN, (_match, slash: string | undefined) => (slash ? baseUrl : url.origin));
}

/**
 * The files a manifest names under `baseUrl`, as paths relative to it, sorted and without duplicates
 * (for manifest.xml: the files the build must emit, e.g. "taskpane.html", "assets/icon-16.png").
 */
export function referencedFiles(manifest: string, baseUrl: string = DEV_BASE_URL): string[] {
  parseBaseUrl(baseUrl);
  const files = new Set<string>();
  let at = manifest.indexOf(baseUrl);
  while (at !== -1) {
    const rest = manifest.slice(at + baseUrl.length);
    const end = rest.search(/["'<\s]/);
    const path = (end === -1 ? rest : rest.slice(0, end)).replace(/[?#].*$/, "");
    if (path !== "") files.add(path);
    at = manifest.indexOf(baseUrl, at + baseUrl.length);
  }
  return [...files].sort();
}
