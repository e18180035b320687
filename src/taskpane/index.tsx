/**
 * Entry of the task pane. The one place here that talks to Office: it picks the light or dark theme from
 * Office's theme (or, outside Office, from the browser's colour scheme) and hands it to the app as a prop.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { chooseTheme, type ThemeName } from "./theme";

function prefersDark(): boolean {
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

function currentTheme(): ThemeName {
  const office = typeof Office === "undefined" ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
  return chooseTheme(office, prefersDark());
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const render = () =>
    root.render(
      <StrictMode>
        <App theme={currentTheme()} />
      </StrictMode>,
    );
  render();
  // office.js is loaded before this module; Office.context is usable once Office is ready.
  if (typeof Office !== "undefined") void Office.onReady(render);
  window.matchMedia?.("(prefers-color-scheme: dark)").addEventListener?.("change", render);
}
