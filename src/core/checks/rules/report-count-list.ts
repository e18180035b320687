/**
 * report-count-list: a count the report states against the list of names it gives with it (GUIDE §7 "a stated
 * figure that disagrees with its own parts"): "直属事业单位10个，即县国库集中支付中心、…、县经济开发区财政所"
 * names 9; "下设办公室、…、特警大队12个内设机构" names 12.
 *
 * - The list after the count (即, 分别为, 分别是, 包括, a colon) up to the end of its clause; the list before it
 *   from a verb (设, 下设, 内设, 包括) or the clause's start, the last name just before a count of bodies
 *   (个, 家, 所, 大: 机构, 科室, 单位, 派出所 …). Items are separated by 、; a 、 inside brackets or quotes belongs
 *   to its item ("组织宣传处（人事处、对外联络处）" is one 处); "A、B和C" is three, unless the count says the last
 *   is one name ("发展和改革局").
 * - A list ending with 等 may name only some: flagged only when it names more than the count.
 * - Error: the count and a clean list disagree — one of the two figures is wrong, provably. Warning: a listed
 *   name looks like two names run together ("投资促进股科"), so the list itself may hide the missing name.
 * Counts of words, themes or duties ("十五字方针", "两大主题") and lists of anything holding a figure are not read.
 */
import { findingOf } from "../finding";
import { countedLists, listAgrees, type CountedList } from "../report/lists";
import { quote } from "../report/text";
import type { Finding, Rule } from "../types";

function message(l: CountedList): string {
  const n = l.items.length;
  const names = l.items.join("、");
  const fewer = n < l.count;
  const head =
    l.order === "after"
      ? `“${quote(l.phrase, 16)}”而其后${fewer ? "只" : "却"}列出 ${n} 个：${names}`
      : `“${quote(l.phrase, 16)}”而其前${fewer ? "只" : "却"}列出 ${n} 个：${names}${l.open ? "等" : ""}`;
  const doubt =
    l.doubtful.length > 0
      ? `其中${l.doubtful.map((d) => `“${d}”`).join("")}似为两个名称连写，请核对数目或名单。`
      : `所写数目与所列名称应一致，请核对是数目写错还是名单漏列${fewer ? "" : "或多列"}。`;
  return `${head}。${doubt}`;
}

export const rule: Rule = {
  id: "report-count-list",
  severity: "error",
  title: "报告所写个数与所列名称不符",
  description:
    "核对报告中“下设N个内设机构，分别为……”“直属事业单位N个，即……”“设有甲、乙、丙N个科室”等写明个数又列出名称的地方：所列名称（以顿号分隔，括号内的别名不另计）的个数应等于所写个数。两者不符，必有一个是错的，属于数字错误；列出的某个名称疑为两个名称连写的，提示核对（警告）。以“等”结尾的名单可能只列举了一部分，只有列出的多于所写个数时才报。",
  why: "错误：所写个数与所列名称的个数不符，其中必有一个写错。警告：某个名称疑为两个名称连写的，只是可能，请核对。",
  check(model) {
    const report = model.report;
    if (!report) return [];
    const findings: Finding[] = [];
    for (const p of report.paragraphs) {
      for (const l of countedLists(p.text)) {
        if (listAgrees(l)) continue;
        findings.push(
          findingOf(rule, {
            refs: [p.ref],
            message: message(l),
            expected: l.count,
            actual: l.items.length,
            ...(l.doubtful.length > 0 ? { severity: "warning" as const } : {}),
          }),
        );
      }
    }
    return findings;
  },
};
