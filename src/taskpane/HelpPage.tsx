/**
 * help.html, the page of the manifest's SupportUrl and LearnMoreUrl, opened in a browser outside Excel:
 * how to open the assistant, how the JX functions answer bad input, and the function reference.
 */
import { Body1, FluentProvider, makeStyles, Subtitle2, Title3, tokens } from "@fluentui/react-components";
import { usePageStyles } from "./App";
import { FunctionReference } from "./FunctionReference";
import { THEMES, type ThemeName } from "./theme";

const useStyles = makeStyles({
  content: {
    maxWidth: "48rem",
    margin: "0 auto",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
  },
  heading: {
    margin: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});

/** What each Excel error from a JX function means. */
const ERRORS: readonly [code: string, meaning: string][] = [
  ["#DIV/0!", "分母为零或为空，例如全年预算数为 0。"],
  ["#VALUE!", "参数不是数字（如“abc”），或几个区域的大小不一致；把鼠标停在单元格上可以看到中文说明。"],
  ["#N/A", "规则口径、指标性质、等级或共性指标名称无法识别；单元格提示中列出了可用的写法。"],
];

export interface HelpPageProps {
  readonly theme: ThemeName;
}

export function HelpPage({ theme }: HelpPageProps) {
  const page = usePageStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[theme]} className={page.provider} lang="zh-CN">
      <div className={styles.content}>
        <header className={page.header}>
          <Title3 as="h1" className={page.title}>
            绩效自评助手
          </Title3>
          <Subtitle2 as="p" className={page.subtitle}>
            帮助
          </Subtitle2>
        </header>
        <main>
          <section className={styles.section} aria-labelledby="help-open">
            <Subtitle2 as="h2" id="help-open" className={styles.heading}>
              打开助手
            </Subtitle2>
            <Body1>在 Excel 的“开始”选项卡中，找到“绩效自评”组，点击“打开助手”，任务窗格会在右侧打开。</Body1>
          </section>
          <section className={styles.section} aria-labelledby="help-errors">
            <Subtitle2 as="h2" id="help-errors" className={styles.heading}>
              JX 函数返回的错误值
            </Subtitle2>
            <ul className={styles.list}>
              {ERRORS.map(([code, meaning]) => (
                <li key={code}>
                  <Body1>
                    <span className={styles.code}>{code}</span>：{meaning}
                  </Body1>
                </li>
              ))}
            </ul>
          </section>
          <section className={styles.section} aria-labelledby="help-functions">
            <Subtitle2 as="h2" id="help-functions" className={styles.heading}>
              JX 函数
            </Subtitle2>
            <FunctionReference />
          </section>
        </main>
      </div>
    </FluentProvider>
  );
}
