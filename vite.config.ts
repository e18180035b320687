/**
 * Vite configuration of the pages: src/taskpane/taskpane.html (the task pane), help.html (the manifest's
 * help page) and preview.html (the browser preview, src/preview/) with their React code, built into dist/ with
 * relative URLs (base "./") so that the same files work under any deployment base URL. Each page gets its
 * Content-Security-Policy (scripts/csp.ts) as the first element of its head.
 * dist/functions.js, the JSON metadata, the manifest and the icons are written by scripts/build.ts.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { contentSecurityPolicy, pageOf } from "./scripts/csp";

const root = fileURLToPath(new URL(".", import.meta.url));

/** The page's Content-Security-Policy as a meta tag, before anything else in its head. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "jixiao-csp",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const page = pageOf(ctx.filename);
        if (!page) throw new Error(`no Content-Security-Policy for ${ctx.filename}`);
        return [
          {
            tag: "meta",
            attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy(page) },
            injectTo: "head-prepend",
          },
        ];
      },
    },
  };
}

export default defineConfig({
  root: `${root}src/taskpane`,
  base: "./",
  publicDir: false,
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: `${root}dist`,
    // scripts/build.ts empties dist/ once before all the steps; Vite must not remove what the others wrote.
    emptyOutDir: false,
    rolldownOptions: {
      input: {
        taskpane: `${root}src/taskpane/taskpane.html`,
        // The manifest's SupportUrl and LearnMoreUrl.
        help: `${root}src/taskpane/help.html`,
        // The browser preview: the task pane beside a grid, over an .xlsx file (no Excel needed).
        preview: `${root}src/taskpane/preview.html`,
      },
    },
  },
  server: {
    port: 3000,
    strictPort: true,
  },
});
