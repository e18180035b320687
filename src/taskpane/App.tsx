/**
 * The task pane: Fluent UI v9 in Office's light or dark theme, in Chinese (or English), with the views 检查,
 * 报告, 模板, 设置 and the reference of the JX functions. The app gets everything from its props: the theme, and
 * the pane's services (the session over the workbook's host) — null outside Excel, where only the function
 * reference is of use. No Office call here: index.tsx builds the host.
 */
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { FunctionReference } from "./FunctionReference";
import { CheckView } from "./check/CheckView";
import { SessionStatus } from "./shell/SessionStatus";
import { UndoBar } from "./shell/UndoBar";
import { WORDS } from "./shell/words";
import { PaneProvider, useSession, type Language, type PaneServices } from "./state/pane-context";
import type { ReportDocumentSession } from "./state/report-document";
import { THEMES, type ThemeName } from "./theme";

// The views after the first are loaded when opened, so that the pane's first view loads little.
const ReportView = lazy(() => import("./report/ReportView").then((m) => ({ default: m.ReportView })));
const SettingsView = lazy(() => import("./settings/SettingsView").then((m) => ({ default: m.SettingsView })));
const TemplateWithMapping = lazy(async () => {
  const [{ TemplateView }, { ColumnMapping }] = await Promise.all([
    import("./template/TemplateView"),
    import("./template/ColumnMapping"),
  ]);
  return {
    default: () => (
      <TemplateView>
        <ColumnMapping />
      </TemplateView>
    ),
  };
});

export type { ThemeName };

export const usePageStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
  },
  subtitle: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  main: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
});

export type ViewId = "check" | "report" | "template" | "settings" | "functions";
const VIEWS: readonly ViewId[] = ["check", "report", "template", "settings", "functions"];

export interface AppProps {
  readonly theme: ThemeName;
  /** The session over the workbook, and the language; null outside Excel. */
  readonly services?: PaneServices | null;
  /** Why the pane cannot work on the workbook (outside Excel, an Excel too old), or null. */
  readonly problem?: string | null;
  /** The pane's language where there are no services. */
  readonly language?: Language;
  readonly initialView?: ViewId;
}

function Subtitle({ words }: { readonly words: (typeof WORDS)[Language] }) {
  const { workbook } = useSession();
  const unit = workbook?.model.unit.name?.text;
  return (
    <Subtitle2 as="p" className={usePageStyles().subtitle}>
      {[unit, workbook ? words.profileLine(workbook.profile.name, workbook.profileSource) : null]
        .filter(Boolean)
        .join("　")}
    </Subtitle2>
  );
}

function View({ id }: { readonly id: ViewId }) {
  switch (id) {
    case "check":
      return <CheckView />;
    case "report":
      return <ReportView />;
    case "template":
      return <TemplateWithMapping />;
    case "settings":
      return <SettingsView />;
    case "functions":
      return <FunctionReference />;
  }
}

const NO_DOCUMENTS = { subscribe: () => () => {}, asked: () => 0 };

/** How many report documents have been asked for: the preview opens one from outside the pane. */
function useDocumentsAsked(documents: ReportDocumentSession | null): number {
  const source = documents ? { subscribe: documents.subscribe, asked: () => documents.current.asked } : NO_DOCUMENTS;
  return useSyncExternalStore(source.subscribe, source.asked, source.asked);
}

export function App({ theme, services = null, problem = null, language, initialView }: AppProps) {
  const styles = usePageStyles();
  const lang = services?.language ?? language ?? "zh-CN";
  const w = WORDS[lang];
  const [view, setView] = useState<ViewId>(initialView ?? (services ? "check" : "functions"));
  const views = services ? VIEWS : (["functions"] as const);
  // A report document opened (a file dropped on the preview, or chosen in the 报告 view): its findings are in 报告.
  const asked = useDocumentsAsked(services?.session.document ?? null);
  const seen = useRef(asked);
  useEffect(() => {
    if (asked === seen.current) return;
    seen.current = asked;
    setView("report");
  }, [asked]);

  const body = (
    <>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {w.title}
        </Title3>
        {services ? <Subtitle words={w} /> : null}
      </header>
      {problem || !services ? (
        <MessageBar intent={problem ? "warning" : "info"}>
          <MessageBarBody>{problem ?? w.outsideExcel}</MessageBarBody>
        </MessageBar>
      ) : null}
      {services ? (
        <>
          <UndoBar />
          <SessionStatus />
        </>
      ) : null}
      <TabList
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as ViewId)}
        aria-label={w.tabsLabel}
        size="small"
      >
        {views.map((id) => (
          <Tab key={id} value={id}>
            {w.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <main className={styles.main} aria-label={w.tabs[view]}>
        <Suspense fallback={<Spinner size="small" />}>
          <View id={services ? view : "functions"} />
        </Suspense>
      </main>
    </>
  );

  return (
    <FluentProvider theme={THEMES[theme]} className={styles.provider} lang={lang}>
      {services ? <PaneProvider value={services}>{body}</PaneProvider> : body}
    </FluentProvider>
  );
}
