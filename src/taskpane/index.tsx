/**
 * Entry of the task pane. The one place here that talks to Office: once Office is ready in Excel it checks the
 * API sets, builds the office host (src/workbook/office-host.ts) and the pane's session, reads the workbook and
 * watches it for the user's edits; it picks the light or dark theme from Office's theme (outside Office, from
 * the browser's colour scheme) and the language from Office's display language (or the user's choice, kept in
 * the browser).
 */
import { StrictMode, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { checkRequirements } from "../workbook/office";
import { officeHost } from "../workbook/office-host";
import { App } from "./App";
import { downloadFile } from "./download";
import { languageOf, LANGUAGES, type Language, type PaneServices } from "./state/pane-context";
import { PaneSession } from "./state/session";
import { chooseTheme, type ThemeName } from "./theme";

const LANGUAGE_KEY = "jixiao.language";

function prefersDark(): boolean {
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

function currentTheme(): ThemeName {
  const office = typeof Office === "undefined" ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
  return chooseTheme(office, prefersDark());
}

function storedLanguage(): Language | null {
  try {
    const v = window.localStorage.getItem(LANGUAGE_KEY);
    return LANGUAGES.find((l) => l === v) ?? null;
  } catch {
    return null;
  }
}

function storeLanguage(language: Language | null): void {
  try {
    if (language) window.localStorage.setItem(LANGUAGE_KEY, language);
    else window.localStorage.removeItem(LANGUAGE_KEY);
  } catch {
    // A pane without storage keeps the choice until it closes.
  }
}

interface Connection {
  readonly session: PaneSession | null;
  readonly problem: string | null;
  readonly officeLanguage: Language;
}

function Root({ connection, theme }: { readonly connection: Connection; readonly theme: ThemeName }) {
  const [choice, setChoice] = useState<Language | null>(storedLanguage);
  const { session, problem, officeLanguage } = connection;
  const language = choice ?? officeLanguage;
  const services = useMemo<PaneServices | null>(
    () =>
      session
        ? {
            session,
            language,
            languageChoice: choice,
            officeLanguage,
            setLanguage: (l) => {
              storeLanguage(l);
              setChoice(l);
            },
          }
        : null,
    [session, language, choice, officeLanguage],
  );
  return <App theme={theme} services={services} problem={problem} language={language} />;
}

function connect(): Connection {
  const officeLanguage = languageOf(typeof Office === "undefined" ? null : Office.context?.displayLanguage);
  if (typeof Office === "undefined" || typeof Excel === "undefined" || !Office.context?.requirements) {
    return { session: null, problem: null, officeLanguage };
  }
  const problem = checkRequirements(Office);
  if (problem) return { session: null, problem, officeLanguage };
  const host = officeHost({
    run: (batch, context) => (context ? Excel.run(context, batch) : Excel.run(batch)),
    save: downloadFile,
  });
  const session = new PaneSession(host);
  void session.refresh();
  session.watch();
  return { session, problem: null, officeLanguage };
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  let connection: Connection = { session: null, problem: null, officeLanguage: languageOf(navigator.language) };
  const render = () =>
    root.render(
      <StrictMode>
        <Root connection={connection} theme={currentTheme()} />
      </StrictMode>,
    );
  render();
  // office.js is loaded before this module; Office.context is usable once Office is ready.
  if (typeof Office !== "undefined")
    void Office.onReady((info) => {
      if (info.host === Office.HostType.Excel) connection = connect();
      render();
    });
  window.matchMedia?.("(prefers-color-scheme: dark)").addEventListener?.("change", render);
}
