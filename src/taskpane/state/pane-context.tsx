/**
 * What every view of the pane gets from the app: the session (the workbook as last read, writes and undo) and the
 * language. Each view keeps its own words in both languages (`Words<T>`), so views can be added without
 * touching a shared table.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import type { ReportDocumentState } from "./report-document";
import type { PaneSession, SessionState } from "./session";

export type Language = "zh-CN" | "en-US";
export const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];

/** A view's words: the same shape in Chinese and English. */
export type Words<T> = Readonly<Record<Language, T>>;

/** Office's display language to the pane's: English for en-*, Chinese for everything else. */
export function languageOf(displayLanguage: string | null | undefined): Language {
  return /^en\b/i.test(displayLanguage ?? "") ? "en-US" : "zh-CN";
}

export interface PaneServices {
  readonly session: PaneSession;
  readonly language: Language;
  /** The user's choice of language (kept in the browser, not the workbook); null follows Office. */
  readonly setLanguage: (language: Language | null) => void;
  readonly languageChoice: Language | null;
  /** Office's display language, as the pane reads it. */
  readonly officeLanguage: Language;
}

const PaneContext = createContext<PaneServices | null>(null);

export function PaneProvider({ value, children }: { readonly value: PaneServices; readonly children: ReactNode }) {
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneServices {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane() outside <PaneProvider>");
  return pane;
}

/** The session's state, re-rendering on every change. */
export function useSession(): SessionState {
  const { session } = usePane();
  return useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
}

/** The report document open beside the workbook, re-rendering on every change. */
export function useReportDocument(): ReportDocumentState {
  const { document } = usePane().session;
  return useSyncExternalStore(document.subscribe, document.getSnapshot, document.getSnapshot);
}

/** A view's words in the pane's language. */
export function useWords<T>(words: Words<T>): T {
  return words[usePane().language];
}
