/**
 * Entry of the browser preview (dist/preview.html): opens the first bundled sample (or the one named in the
 * address, ?sample=002-chenggong-2021.xlsx) and shows the preview in the browser's colour scheme and language.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { languageOf } from "../taskpane/state/pane-context";
import { chooseTheme } from "../taskpane/theme";
import { Preview } from "./Preview";
import { SAMPLES } from "./words";

async function loadSample(file: string): Promise<Uint8Array> {
  const response = await fetch(`samples/${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`示例工作簿 ${file} 无法读取（${response.status}）`);
  return new Uint8Array(await response.arrayBuffer());
}

const container = document.getElementById("root");
if (container) {
  const wanted = new URLSearchParams(window.location.search).get("sample");
  const file = SAMPLES.find((s) => s.file === wanted)?.file ?? SAMPLES[0]!.file;
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const theme = chooseTheme(null, dark);
  const language = languageOf(new URLSearchParams(window.location.search).get("lang") ?? navigator.language);
  void loadSample(file).then(
    (bytes) =>
      createRoot(container).render(
        <StrictMode>
          <Preview theme={theme} language={language} initial={{ bytes, fileName: file }} loadSample={loadSample} />
        </StrictMode>,
      ),
    (error: unknown) => {
      container.textContent = error instanceof Error ? error.message : String(error);
    },
  );
}
