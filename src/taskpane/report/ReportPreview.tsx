/**
 * The composed report as the accountant will read it: title, headings, the paragraphs people wrote (kept as
 * they are), jixiao's passages with their figures as links, empty places to write, and under each section
 * people wrote that jixiao could have written, jixiao's version folded away for comparison.
 */
import { Badge, Body1, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { Block, NodeReport, ReportDocument } from "../../core/narrative/types";
import { useWords } from "../state/pane-context";
import { PassageText } from "./PassageText";
import { WORDS } from "./words";

const useStyles = makeStyles({
  doc: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { textAlign: "center", fontWeight: tokens.fontWeightSemibold },
  heading: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  paragraph: { textIndent: "2em", margin: 0, lineHeight: tokens.lineHeightBase400 },
  kept: { color: tokens.colorNeutralForeground2 },
  right: { textAlign: "right" },
  place: { color: tokens.colorNeutralForeground3, fontStyle: "italic", margin: 0, textIndent: "2em" },
  proposal: {
    marginLeft: tokens.spacingHorizontalL,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
  },
  badge: { marginLeft: tokens.spacingHorizontalXS },
});

export interface ReportPreviewProps {
  readonly doc: ReportDocument;
  readonly onSelect: (sheet: string, a1: string) => void;
}

export function ReportPreview({ doc, onSelect }: ReportPreviewProps) {
  const styles = useStyles();
  const w = useWords(WORDS);
  const byId = new Map<string, NodeReport>(doc.nodes.map((n) => [n.id, n]));
  const shownProposal = new Set<string>();

  const proposalAfter = (node: string | null, next: Block | undefined) => {
    if (!node || shownProposal.has(node)) return null;
    const report = byId.get(node);
    if (report?.state !== "kept" || !report.proposal) return null;
    // After the node's last kept paragraph.
    if (next && next.kind === "paragraph" && next.node === node) return null;
    shownProposal.add(node);
    return (
      <details className={styles.proposal} key={`proposal-${node}`}>
        <summary>
          <Caption1>{w.proposal}</Caption1>
        </summary>
        {report.proposal.map((p, i) => (
          <p key={i} className={styles.paragraph}>
            <PassageText passage={p} onSelect={onSelect} sourcesWord={w.sources} />
          </p>
        ))}
      </details>
    );
  };

  return (
    <article className={styles.doc} aria-label={w.preview}>
      {doc.blocks.map((b, i) => {
        const next = doc.blocks[i + 1];
        switch (b.kind) {
          case "title":
            return (
              <Subtitle2 as="h3" key={i} className={styles.title}>
                {b.text}
              </Subtitle2>
            );
          case "heading": {
            const state = byId.get(b.node)?.state;
            return (
              <div key={i}>
                <Body1 as="h4" className={styles.heading} role="heading" aria-level={4}>
                  {b.text.trim()}
                  {state ? (
                    <Badge
                      className={styles.badge}
                      appearance="tint"
                      size="small"
                      color={state === "generated" ? "brand" : state === "place" ? "warning" : "informative"}
                    >
                      {w.states[state]}
                    </Badge>
                  ) : null}
                </Body1>
                {next?.kind === "heading" || !next ? proposalAfter(b.node, next) : null}
              </div>
            );
          }
          case "paragraph":
            return (
              <div key={i}>
                <p className={mergeClasses(styles.paragraph, styles.kept, b.align === "right" && styles.right)}>
                  {b.text}
                </p>
                {proposalAfter(b.node, next)}
              </div>
            );
          case "passage":
            return (
              <p key={i} className={mergeClasses(styles.paragraph, b.passage.role === "heading" && styles.heading)}>
                <PassageText passage={b.passage} onSelect={onSelect} sourcesWord={w.sources} />
              </p>
            );
          case "place":
            return (
              <p key={i} className={styles.place}>
                {w.place(b.hint)}
              </p>
            );
        }
      })}
    </article>
  );
}
