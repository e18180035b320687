/** Entry of help.html: a page opened in a browser (outside Office), in the browser's colour scheme. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { HelpPage } from "./HelpPage";
import { chooseTheme } from "./theme";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const scheme = window.matchMedia?.("(prefers-color-scheme: dark)");
  const render = () =>
    root.render(
      <StrictMode>
        <HelpPage theme={chooseTheme(null, scheme?.matches ?? false)} />
      </StrictMode>,
    );
  render();
  scheme?.addEventListener?.("change", render);
}
