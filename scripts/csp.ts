/**
 * The Content-Security-Policy of the built pages, in one place: the build writes it into every page as a
 * `<meta http-equiv="Content-Security-Policy">` (first in the head, so it covers everything the page loads, and
 * any intranet server that serves dist/ as files gives it), and scripts/serve.ts sends it as a header too.
 *
 * - Scripts: only the page's own files; the task pane also Office's script host, https://appsforoffice.microsoft.com,
 *   whose office.js Excel needs to run any add-in. No inline script, no eval ('unsafe-eval' is never allowed).
 * - Styles: the page's own files, and `<style>` elements that are empty when they are put into the page. Fluent UI
 *   styles through Griffel, which at run time creates empty `<style>` elements and fills them through the CSSOM
 *   (`sheet.insertRule`), as FluentProvider does with its theme's variables; CSP governs the element (its text
 *   must be allowed) but not the CSSOM, so allowing the hash of the empty text (`sha256-47DEQ…` is SHA-256 of "")
 *   lets Griffel work while a `<style>` with any text in it, or a style attribute in markup, stays refused: no
 *   'unsafe-inline'. (Styles React sets from the `style` prop go through the CSSOM as well.)
 * - Workers: only the page's own files (`worker-src 'self'`: pdf.js's worker, assets/pdf-worker-*.js, which reads a
 *   PDF report in the 报告 view and the preview); no blob: or data: worker.
 * - Everything else: the page's own server (the preview fetches its sample workbooks), no plugins, no forms, no
 *   `<base>` elsewhere.
 */

/** SHA-256 of the empty string, as CSP writes a hash: allows only empty `<style>` elements (Griffel's). */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
/** Office's script host, the one origin outside the add-in the task pane loads from. */
export const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

export type Page = "taskpane" | "help" | "preview";
export const PAGES: readonly Page[] = ["taskpane", "help", "preview"];

/** The policy of a page, as the meta tag and the header give it. */
export function contentSecurityPolicy(page: Page): string {
  const office = page === "taskpane" ? ` ${OFFICE_ORIGIN}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    "worker-src 'self'",
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data:",
    `connect-src 'self'${office}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The page a built file is (taskpane.html → "taskpane"), or null for any other file. */
export function pageOf(file: string): Page | null {
  const name = file.replace(/^.*[\\/]/, "").replace(/\.html$/, "");
  return (PAGES as readonly string[]).includes(name) && file.endsWith(".html") ? (name as Page) : null;
}

/** The meta tag of a page's policy. */
export const cspMeta = (page: Page): string =>
  `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}" />`;
