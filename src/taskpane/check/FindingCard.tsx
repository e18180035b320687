/**
 * One finding: its message, the expected and actual figures as the field writes them, its place as a link that
 * selects the cell in Excel, and what can be done about it: the rule's fix, accepting a warning with a written
 * explanation, or withdrawing an acceptance. An item of a list; buttons and links are real ones, so it works from
 * the keyboard.
 */
import { Body1, Button, Caption1, Link, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Acceptance } from "../../core/checks/accepted";
import { canAccept } from "../../core/checks/accepted";
import type { Finding } from "../../core/checks/types";
import { useWords } from "../state/pane-context";
import { FigureTerms } from "./FigureTerms";
import { placeOf } from "./useCheck";
import { WORDS } from "./words";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  rule: {
    color: tokens.colorNeutralForeground3,
  },
  message: {
    overflowWrap: "anywhere",
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: {
    color: tokens.colorNeutralForeground3,
  },
  value: {
    margin: 0,
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
  note: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  fix: {
    // a fix's label can be long ("把 3 个文本数字转为数字"): let it wrap rather than overflow the pane
    height: "auto",
    minHeight: "24px",
    whiteSpace: "normal",
    textAlign: "start",
  },
});

/** "2025-03-01" in local time; "" when the stored date cannot be read. */
export function shownDate(iso: string): string {
  const d = new Date(iso);
  if (iso === "" || Number.isNaN(d.getTime())) return "";
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export interface FindingCardProps {
  readonly finding: Finding;
  /** The rule's title, shown where the finding is listed without its rule's heading (the accepted ones). */
  readonly ruleTitle?: string;
  /** The acceptance it is listed under, for an accepted warning. */
  readonly acceptance?: Acceptance | null;
  /** An acceptance of the same cell that lapsed when the figures changed. */
  readonly earlier?: Acceptance | null;
  /** The workbook is being written: actions wait. */
  readonly busy: boolean;
  readonly onSelect: (finding: Finding) => void;
  readonly onFix: (finding: Finding) => void;
  readonly onAccept: (finding: Finding, trigger: HTMLElement) => void;
  readonly onWithdraw: (acceptance: Acceptance) => void;
}

export function FindingCard(props: FindingCardProps) {
  const { finding, acceptance, earlier, busy } = props;
  const styles = useStyles();
  const w = useWords(WORDS);
  const messageId = useId("finding-message");
  const place = placeOf(finding);
  const date = acceptance ? shownDate(acceptance.at) : "";
  return (
    <li className={styles.item}>
      {props.ruleTitle ? <Caption1 className={styles.rule}>{props.ruleTitle}</Caption1> : null}
      <Body1 id={messageId} className={styles.message}>
        {finding.message}
      </Body1>
      <dl className={styles.facts}>
        <FigureTerms finding={finding} termClass={styles.term} valueClass={styles.value} />
        {finding.sheet && finding.cell ? (
          <>
            <dt className={styles.term}>{w.location}</dt>
            <dd className={styles.value}>
              <Link title={`${w.selectTitle} ${place}`} onClick={() => props.onSelect(finding)}>
                {place}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      {acceptance ? (
        <p className={styles.note}>
          <Caption1 className={styles.term}>
            {w.note}
            {date ? `（${w.acceptedOn(date)}）` : ""}
          </Caption1>
          <br />
          <Body1>{acceptance.note}</Body1>
        </p>
      ) : earlier ? (
        <p className={styles.note}>
          <Caption1 className={styles.term}>{w.earlier}</Caption1>
          <br />
          <Body1>{earlier.note}</Body1>
        </p>
      ) : null}
      <div className={styles.actions}>
        {finding.fix && finding.fix.writes.length > 0 && !acceptance ? (
          <Button
            className={styles.fix}
            appearance="primary"
            size="small"
            disabledFocusable={busy}
            aria-describedby={messageId}
            onClick={() => props.onFix(finding)}
          >
            {w.fix(finding.fix.label)}
          </Button>
        ) : null}
        {canAccept(finding) && !acceptance ? (
          <Button
            size="small"
            disabledFocusable={busy}
            aria-describedby={messageId}
            onClick={(e) => props.onAccept(finding, e.currentTarget)}
          >
            {w.accept}
          </Button>
        ) : null}
        {acceptance ? (
          <Button
            size="small"
            disabledFocusable={busy}
            aria-describedby={messageId}
            onClick={() => props.onWithdraw(acceptance)}
          >
            {w.withdraw}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
