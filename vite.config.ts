/**
 * Vite configuration of the pages: src/taskpane/taskpane.html (the task pane), help.html (the manifest's
 * help page) and preview.html (the browser preview, src/preview/) with their React code, built into dist/ with relative URLs (base "./") so that the same files
 * work under any deployment base URL.
 * dist/functions.js, the JSON metadata, the manifest and the icons are written by scripts/build.ts.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: `${root}src/taskpane`,
  base: "./",
  publicDir: false,
  plugins: [react()],
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
