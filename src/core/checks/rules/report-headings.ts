/**
 * report-headings: the numbering of the report's headings (GUIDE §6, §7 "report headings out of order or mixed
 * numbering styles"). Headings number 一、 → （一） → 1. / 1、 → （1）; numbering restarts under each parent and
 * runs on within a level; one bracket or separator style per level.
 *
 * Errors (逻辑性):
 * - a heading numbered at a deeper level that fills a gap in a higher level (三、 … 4、 5、 … 六、: 4、 and 5、 are
 *   四、 and 五、), when exactly the missing numbers stand between, in order, at one level, and none of them runs
 *   on in the same style from a sibling of its own level;
 * - a heading one level too deep ("3.效益性分析" after （一）经济性分析 （二）效率性分析): numbered k under a
 *   parent numbered k−1, with no k at the parent's level after it, and either continuing nothing at its own
 *   level or sharing the ending of its parent's siblings' titles (…性分析, 3 characters or more) that its own
 *   siblings do not share;
 * - a number that does not run on from the one before at its level under the same parent (a list may start
 *   again at 1).
 * Warnings (规范性: no figure is wrong, the outline is harder to read):
 * - one list numbered at two levels under one parent ("(1)" then "（二）");
 * - a number used twice in a row ("（一）部门基本情况" then "（一）部门机构设置"; a 1 only right after its first,
 *   otherwise the list starts again);
 * - a heading left without its number: an unnumbered title-like line (short, no punctuation) where the
 *   numbers of its level leave exactly its place (六、 … 政府性基金… … 八、), or between a heading's own text and a
 *   （一） that begins a list under it (一、… text … 财政衔接…自评情况 … text … （一）资金保障: it is 二、);
 * - a level skipped under a parent ("（三）" then "（1）", "第一部分" then "（一）") while the report uses that level
 *   under a parent of the same level elsewhere ("（一）" then "1."): one level, two numberings (not under a
 *   first-level heading, where "一、" then "1." is common practice for a short section);
 * - full-width and half-width brackets (or 、 and .) mixed among the headings of one parent at one level, or,
 *   across the report, parents each consistent but in different styles at one level;
 * - items numbered within one paragraph ("1.…。2.…。3.…。4.…。4.…") that do not run on.
 * Documents in parts (部门决算 publications) are read with 第N部分 above 一、: each part's lists restart, and a sheet
 * beginning at 第二部分 holds an excerpt.
 *
 * Lettered items (a、 A、) are list items below the scheme and are not read; a paragraph is a heading only when
 * its number is followed by its separator, so "2022年…" and "1 个工作日…" are sentences.
 */
import type { CellRef, ReportParagraph } from "../../model/types";
import { findingOf } from "../finding";
import { findingAt } from "../report/finding-at";
import { reportOutline, levelName, markerOf, type HeadingNode, type Level } from "../report/headings";
import { quote } from "../report/text";
import { textFix } from "../report/text-fix";
import type { Finding, Rule } from "../types";

const STYLE_NAME = {
  part: "“第N部分”",
  full: "全角括号",
  half: "半角括号",
  mixed: "全角半角混用的括号",
  "、": "顿号“、”",
  ".": "点号“.”",
};

export const rule: Rule = {
  id: "report-headings",
  severity: "error",
  title: "报告标题编号错误或样式不统一",
  description:
    "核对报告各级标题编号：一、→（一）→1.→（1）逐级使用，同级编号连续，不跳号、不错级（错误）；编号重复、标题漏编号、同一层级在一处跳级而在别处不跳、段内条目编号不连续，以及同一级标题混用全角半角括号或分隔符（警告）。编号错乱会让审核人看不清报告结构。",
  why: "错误：标题编号跳号、错级，由前后编号即可证明有误，且可按前后编号更正。警告：编号重复、漏编、全角半角或分隔符混用，不改变结构的判断，统一即可。",
  check(model) {
    const report = model.report;
    if (!report) return [];
    const ps = report.paragraphs;
    const outline = reportOutline(report);
    const at = (n: HeadingNode): ReportParagraph => ps[n.index]!;
    const ref = (n: HeadingNode): CellRef => at(n).ref;
    const q = (n: HeadingNode): string => `“${quote(at(n).text, 14)}”`;
    const under = (parent: HeadingNode | null): string => (parent ? `${q(parent)}下` : "");
    // The style most used at each level, for suggested markers.
    const styleOf = (level: Level): HeadingNode["heading"]["style"] => {
      const counts = new Map<string, number>();
      for (const n of outline.nodes)
        if (n.heading.level === level) counts.set(n.heading.style, (counts.get(n.heading.style) ?? 0) + 1);
      const best = [...counts].sort((a, b) => b[1] - a[1])[0];
      return (best?.[0] as HeadingNode["heading"]["style"] | undefined) ?? (level === 3 ? "." : "full");
    };
    // A heading renumbered in its text: the marker as written ("4、", "3.") replaced by the one it should be.
    const renumbered = (n: HeadingNode, marker: string) => {
      const p = at(n);
      const written = n.heading.marker.trimEnd();
      const start = p.text.indexOf(written);
      if (start < 0) return null;
      return textFix(p, [{ start, end: start + written.length, text: marker, label: `${levelName(n.level)}编号` }]);
    };
    const findings: Finding[] = [];
    for (const issue of outline.issues) {
      switch (issue.kind) {
        case "misplaced": {
          const { node, level, before, after } = issue;
          const marker = markerOf(level, node.heading.number, styleOf(level));
          findings.push(
            findingAt(rule, {
              refs: [ref(node), ref(before), ref(after)],
              fix: renumbered(node, marker),
              message:
                `${levelName(level)}编号错误：${q(node)}应为“${markerOf(level, node.heading.number, styleOf(level))}${node.heading.title}”：` +
                `${q(before)}与${q(after)}之间的${levelName(level)}误用了“${node.heading.marker.trim()}”式编号。`,
            }),
          );
          break;
        }
        case "level": {
          const { node, level, siblings } = issue;
          const marker = markerOf(level, node.heading.number, styleOf(level));
          findings.push(
            findingAt(rule, {
              refs: [ref(node), ...siblings.map(ref)],
              fix: renumbered(node, marker),
              message:
                `${q(node)}应为${levelName(level)}“${markerOf(level, node.heading.number, styleOf(level))}${node.heading.title}”，` +
                `与${siblings.map(q).join("")}并列。`,
            }),
          );
          break;
        }
        case "sequence": {
          const { node, expected, previous, parent } = issue;
          const want = markerOf(node.level, expected, node.heading.style);
          findings.push(
            findingAt(rule, {
              refs: [ref(node), ...(previous ? [ref(previous)] : [])],
              message: previous
                ? `${levelName(node.level)}编号不连续：${under(parent)}${q(previous)}之后应为“${want}”，此处写作“${node.heading.marker.trim()}”。`
                : `${levelName(node.level)}编号应从“${want}”开始：${under(parent)}第一个此级标题写作“${node.heading.marker.trim()}”。`,
            }),
          );
          break;
        }
        case "repeat": {
          const { node, previous, parent } = issue;
          findings.push(
            findingAt(rule, {
              refs: [ref(node), ref(previous)],
              severity: "warning",
              message:
                `${levelName(node.level)}编号重复：${under(parent)}${q(previous)}之后的${q(node)}又编为` +
                `“${node.heading.marker.trim()}”，应为“${markerOf(node.level, node.heading.number + 1, node.heading.style)}”（其后各条依次顺延）。`,
            }),
          );
          break;
        }
        case "unnumbered": {
          const { index, level, number, style, previous, next } = issue;
          const text = ps[index]!.text;
          const gap = next.level === level;
          findings.push(
            findingAt(rule, {
              refs: [ps[index]!.ref],
              severity: "warning",
              message: gap
                ? `${levelName(level)}缺少编号：${q(previous)}与${q(next)}之间的“${quote(text, 14)}”没有编号，应为“${markerOf(level, number, style)}${quote(text, 14)}”。`
                : `“${quote(text, 14)}”似为${levelName(level)}却没有编号：其前为${q(previous)}，其后${q(next)}起的各条应在它之下，` +
                  `应为“${markerOf(level, number, style)}${quote(text, 14)}”。`,
            }),
          );
          break;
        }
        case "skipped": {
          const { node, parent, level, example } = issue;
          findings.push(
            findingAt(rule, {
              refs: [ref(node)],
              severity: "warning",
              message:
                `标题层级不一致：${q(parent)}下直接用“${node.heading.marker.trim()}”编号，跳过了${levelName(level)}；` +
                `而${q(example.parent!)}下的同一层用的是“${example.heading.marker.trim()}”。同一层级应使用同一种编号。`,
            }),
          );
          break;
        }
        case "inline": {
          const { index, numbers, markers, at, expected } = issue;
          const written = markers.map((m) => m.replace(/[^\d.、．]/g, "")).join(" ");
          findings.push(
            findingAt(rule, {
              refs: [ps[index]!.ref],
              severity: "warning",
              message:
                `段内条目编号${numbers[at] === numbers[at - 1] ? "重复" : "不连续"}：依次为 ${written}，` +
                `第 ${at + 1} 条应为“${expected}${markers[at]!.replace(/^\d+/, "").slice(0, 1)}”（其后各条依次顺延）。`,
            }),
          );
          break;
        }
        case "mixed": {
          const [a, b] = issue.nodes;
          findings.push(
            findingOf(rule, {
              refs: [ref(a), ref(b)],
              severity: "warning",
              message:
                `${under(issue.parent)}编号层级、样式不一致：${q(a)}与${q(b)}是同一组条目，` +
                `却分别用了“${a.heading.marker.trim()}”和“${b.heading.marker.trim()}”两级编号，应统一为` +
                `“${markerOf(b.level, 1, b.heading.style)}${markerOf(b.level, 2, b.heading.style)}”或“${markerOf(a.level, 1, a.heading.style)}${markerOf(a.level, 2, a.heading.style)}”。`,
            }),
          );
          break;
        }
        case "style-group": {
          const { level, parent, odd, others } = issue;
          const oddStyle = STYLE_NAME[odd[0]!.heading.style];
          const mainStyle = STYLE_NAME[others[0]?.heading.style ?? odd[0]!.heading.style];
          findings.push(
            findingAt(rule, {
              refs: [...odd, ...others].map(ref),
              severity: "warning",
              message:
                `${levelName(level)}${oddStyle.includes("括号") ? "括号全角/半角" : "分隔符"}混用：${under(parent)}` +
                `${odd.map((n) => `“${n.heading.marker.trim()}”`).join("")}用${oddStyle}，` +
                `${others.map((n) => `“${n.heading.marker.trim()}”`).join("")}用${mainStyle}，同级标题应统一。`,
            }),
          );
          break;
        }
        case "style-document": {
          const { level, odd, others } = issue;
          const oddStyle = STYLE_NAME[odd[0]!.heading.style];
          const mainStyle = STYLE_NAME[others[0]!.heading.style];
          findings.push(
            findingAt(rule, {
              refs: [...odd, ...others].map(ref),
              severity: "warning",
              message:
                `${levelName(level)}样式全文不统一：${q(odd[0]!)}等 ${odd.length} 处用${oddStyle}，` +
                `${others.map(q).join("、")}等处用${mainStyle}，同级标题应统一。`,
            }),
          );
          break;
        }
      }
    }
    return findings;
  },
};
