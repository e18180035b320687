/**
 * The findings of a check grouped as a reviewer reads them: 错误, 警告, 提示, each a section that opens and closes
 * (h3, with its count), and within it one list a rule (h4: the rule's title, with its count); then 已接受, the
 * warnings accepted with their explanations. A long group shows its first findings and a button for the rest, so
 * that a workbook with thousands of findings does not hold the pane up. The 报告 view lists a report document's
 * findings the same way, each drawn by its own card (`renderFinding`: a document is never written, so no actions).
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Subtitle2,
  tokens,
  type AccordionToggleData,
} from "@fluentui/react-components";
import { Fragment, useState, type ReactNode } from "react";
import { earlierAcceptance, type Acceptance } from "../../core/checks/accepted";
import type { Finding, Severity } from "../../core/checks/types";
import { useWords } from "../state/pane-context";
import { FindingCard } from "./FindingCard";
import type { CheckResult, RuleGroup } from "./results";
import { WORDS } from "./words";

/** Findings a group shows before "再显示 N 项". */
export const PAGE = 50;

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  title: {
    margin: 0,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  more: {
    alignSelf: "flex-start",
  },
});

export interface FindingActions {
  readonly busy: boolean;
  readonly onSelect: (finding: Finding) => void;
  readonly onFix: (finding: Finding) => void;
  readonly onAccept: (finding: Finding, earlier: Acceptance | null) => void;
  readonly onWithdraw: (acceptance: Acceptance) => void;
}

/** How the findings are drawn: the 检查 view's cards with their actions, or a card of the caller's. */
export type FindingsShown =
  | { readonly actions: FindingActions; readonly renderFinding?: undefined }
  | { readonly actions?: undefined; readonly renderFinding: (finding: Finding) => ReactNode };

function RuleList({
  group,
  lapsed,
  shown: how,
}: {
  group: RuleGroup;
  lapsed: readonly Acceptance[];
  shown: FindingsShown;
}) {
  const styles = useStyles();
  const w = useWords(WORDS);
  const [shown, setShown] = useState(PAGE);
  const rest = group.findings.length - shown;
  return (
    <section className={styles.group}>
      <Subtitle2 as="h4" className={styles.title}>
        {w.counted(group.title, group.findings.length)}
      </Subtitle2>
      <ul className={styles.list}>
        {group.findings.slice(0, shown).map((finding, i) => {
          const key = `${finding.sheet}!${finding.cell}|${i}|${finding.message}`;
          if (how.renderFinding) return <Fragment key={key}>{how.renderFinding(finding)}</Fragment>;
          const actions = how.actions;
          const earlier = earlierAcceptance(finding, lapsed);
          return (
            <FindingCard
              key={key}
              finding={finding}
              earlier={earlier}
              busy={actions.busy}
              onSelect={actions.onSelect}
              onFix={actions.onFix}
              onAccept={(f) => actions.onAccept(f, earlier)}
              onWithdraw={actions.onWithdraw}
            />
          );
        })}
      </ul>
      {rest > 0 ? (
        <Button className={styles.more} appearance="subtle" onClick={() => setShown((s) => s + PAGE)}>
          {w.showMore(Math.min(rest, PAGE))}
        </Button>
      ) : null}
    </section>
  );
}

type GroupKey = Severity | "accepted";

export function FindingGroups({
  result,
  ...how
}: { result: Pick<CheckResult, "groups" | "accepted" | "lapsed" | "titleOf"> } & FindingsShown) {
  const styles = useStyles();
  const w = useWords(WORDS);
  const [closed, setClosed] = useState<ReadonlySet<GroupKey>>(new Set());
  const keys: GroupKey[] = [
    ...result.groups.map((g) => g.severity),
    ...(result.accepted.length > 0 ? (["accepted"] as const) : []),
  ];
  const onToggle = (_: unknown, data: AccordionToggleData<GroupKey>) =>
    setClosed(new Set(keys.filter((k) => !data.openItems.includes(k))));

  return (
    <Accordion multiple collapsible openItems={keys.filter((k) => !closed.has(k))} onToggle={onToggle}>
      {result.groups.map((group) => (
        <AccordionItem key={group.severity} value={group.severity}>
          <AccordionHeader as="h3">{w.counted(w.severity[group.severity], group.count)}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {group.rules.map((rules) => (
              <RuleList key={rules.rule} group={rules} lapsed={result.lapsed} shown={how} />
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
      {result.accepted.length > 0 && how.actions ? (
        <AccordionItem value="accepted">
          <AccordionHeader as="h3">{w.counted(w.accepted, result.accepted.length)}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ul className={styles.list}>
              {result.accepted.map(({ finding, acceptance }, i) => (
                <FindingCard
                  key={`${finding.sheet}!${finding.cell}|${i}|${finding.message}`}
                  finding={finding}
                  ruleTitle={result.titleOf?.(finding.rule) ?? finding.rule}
                  acceptance={acceptance}
                  busy={how.actions.busy}
                  onSelect={how.actions.onSelect}
                  onFix={how.actions.onFix}
                  onAccept={(f) => how.actions.onAccept(f, null)}
                  onWithdraw={how.actions.onWithdraw}
                />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ) : null}
    </Accordion>
  );
}
