/**
 * Reference of the JX custom functions, in Chinese: for each function its description, its parameters in
 * order, what it returns and one worked example, all read from the ZH_CN table (the same text Excel shows).
 * Pure component: no Office calls. Keyboard: Tab moves between the functions, Enter or Space opens one, the
 * arrow keys, Home and End move between them.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ZH_CN, type ZhFunction } from "../functions/zh-cn";

export interface FunctionEntry extends ZhFunction {
  readonly id: string;
}

/** The table as a list, in the order of its ids. */
export function functionEntries(table: Readonly<Record<string, ZhFunction>> = ZH_CN): FunctionEntry[] {
  return Object.entries(table).map(([id, fn]) => ({ id, ...fn }));
}

/** How the function is written in a cell, with the Chinese parameter names: "=JX.GRADE(总分, 规则口径)". */
export function signatureOf(entry: FunctionEntry): string {
  return `=JX.${entry.id}(${Object.values(entry.parameters)
    .map((p) => p.name)
    .join(", ")})`;
}

const useStyles = makeStyles({
  intro: {
    display: "block",
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground2,
  },
  headerText: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
  },
  name: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
  },
  result: {
    color: tokens.colorNeutralForeground3,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  code: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  label: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  parameters: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  pair: {
    display: "contents",
  },
  term: {
    fontWeight: tokens.fontWeightSemibold,
  },
  definition: {
    margin: 0,
  },
});

export interface FunctionReferenceProps {
  /** The functions to show; all of ZH_CN by default. */
  readonly functions?: readonly FunctionEntry[];
}

export function FunctionReference({ functions = functionEntries() }: FunctionReferenceProps) {
  const styles = useStyles();
  return (
    <section aria-label="JX 函数说明">
      <Caption1 className={styles.intro}>
        在单元格中输入 =JX. 即可使用下列函数。参数可以是一个单元格，也可以是区域：区域大小相同时按位置逐格计算。
      </Caption1>
      <Accordion multiple collapsible navigation="linear" defaultOpenItems={functions[0]?.id}>
        {functions.map((fn) => {
          const headingId = `jx-${fn.id}-params`;
          return (
            <AccordionItem key={fn.id} value={fn.id}>
              <AccordionHeader as="h3" size="large">
                <span className={styles.headerText}>
                  <span className={styles.name}>{`JX.${fn.id}`}</span>
                  <Caption1 className={styles.result}>{fn.result}</Caption1>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Body1>{fn.description}</Body1>
                <code className={styles.code}>{signatureOf(fn)}</code>
                <h4 id={headingId} className={styles.label}>
                  参数
                </h4>
                <dl className={styles.parameters} aria-labelledby={headingId}>
                  {Object.entries(fn.parameters).map(([key, p]) => (
                    <div key={key} className={styles.pair}>
                      <dt className={styles.term}>{p.name}</dt>
                      <dd className={styles.definition}>{p.description}</dd>
                    </div>
                  ))}
                </dl>
                <h4 className={styles.label}>结果</h4>
                <Body1>{fn.result}</Body1>
                <h4 className={styles.label}>示例</h4>
                <code className={styles.code}>{fn.example}</code>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
