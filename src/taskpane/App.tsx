/**
 * The task pane: Fluent UI v9 in Office's light or dark theme. For now one view, the reference of the JX
 * functions; the 检查, 报告, 模板 and 设置 views come later. No Office calls here: index.tsx passes the theme.
 */
import { FluentProvider, makeStyles, Subtitle2, Title3, tokens } from "@fluentui/react-components";
import { FunctionReference } from "./FunctionReference";
import { THEMES, type ThemeName } from "./theme";

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

export interface AppProps {
  readonly theme: ThemeName;
}

export function App({ theme }: AppProps) {
  const styles = usePageStyles();
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.provider} lang="zh-CN">
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          绩效自评助手
        </Title3>
        <Subtitle2 as="h2" className={styles.subtitle}>
          JX 函数
        </Subtitle2>
      </header>
      <main className={styles.main}>
        <FunctionReference />
      </main>
    </FluentProvider>
  );
}
