/**
 * 封面信息未填: a field of the form's cover block left blank (项目名称, 主管部门, 实施单位, 项目负责人 …). No figure
 * rests on it, but a reviewer asks for it before accepting the form: a warning, which the unit fills in or explains.
 */
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

export const rule: Rule = {
  id: "cover-blank",
  severity: "warning",
  title: "封面信息未填写",
  description:
    "自评表封面的项目名称、主管部门、实施单位、项目负责人等栏目应填写完整。这些栏目不影响计算，但审核时会要求补填（警告）。",
  why: "警告：封面栏目不参与计算，但属于应填信息，审核时会要求补填。",
  check(model) {
    const findings: Finding[] = [];
    for (const field of model.unit.cover ?? []) {
      if (field.value !== null) continue;
      const label = field.label.text.replace(/\s/g, "");
      findings.push(findingOf(rule, { refs: [field.label.ref], message: `封面“${label}”一栏未填写` }));
    }
    return findings;
  },
};
