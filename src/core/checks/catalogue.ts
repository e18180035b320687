/**
 * The catalogue of checks, in the order a reviewer reads a submission: the framework and its weights, the
 * scores, the reasons, the funds and budget, the balance sheet, the report against the data, and hygiene.
 * Each rule is one file under rules/ with its test under test/rules/.
 */
import { rule as requiredIndicators } from "./rules/required-indicators";
import { rule as indicatorsMissing } from "./rules/indicators-missing";
import { rule as indicatorRowComplete } from "./rules/indicator-row-complete";
import { rule as templatePlaceholders } from "./rules/template-placeholders";
import { rule as weightsTotal } from "./rules/weights-total";
import { rule as firstLevelWeights } from "./rules/first-level-weights";
import { rule as scoreAboveWeight } from "./rules/score-above-weight";
import { rule as fullScoreTargetMissed } from "./rules/full-score-target-missed";
import { rule as scoreBelowFullTargetMet } from "./rules/score-below-full-target-met";
import { rule as scoreRecomputed } from "./rules/score-recomputed";
import { rule as qualitativeBand } from "./rules/qualitative-band";
import { rule as executionScore } from "./rules/execution-score";
import { rule as arrivalRateScore } from "./rules/arrival-rate-score";
import { rule as totalSum } from "./rules/total-sum";
import { rule as gradeFitsTotal } from "./rules/grade-fits-total";
import { rule as totalCap } from "./rules/total-cap";
import { rule as reasonRequired } from "./rules/reason-required";
import { rule as textLength } from "./rules/text-length";
import { rule as fundsTotalParts } from "./rules/funds-total-parts";
import { rule as fundsBudgetAgree } from "./rules/funds-budget-agree";
import { rule as budgetSubtotals } from "./rules/budget-subtotals";
import { rule as statedRate } from "./rules/stated-rate";
import { rule as overExecution } from "./rules/over-execution";
import { rule as balanceIdentities } from "./rules/balance-identities";
import { rule as statedRatioCells } from "./rules/stated-ratio-cells";
import { rule as reportFigures } from "./rules/report-figures";
import { rule as reportShare } from "./rules/report-share";
import { rule as reportDebtRatio } from "./rules/report-debt-ratio";
import { rule as reportCountList } from "./rules/report-count-list";
import { rule as reportTotalParts } from "./rules/report-total-parts";
import { rule as reportScoreGrade } from "./rules/report-score-grade";
import { rule as reportProblemsDenied } from "./rules/report-problems-denied";
import { rule as reportExecutionStated } from "./rules/report-execution-stated";
import { rule as reportTargetActual } from "./rules/report-target-actual";
import { rule as reportDateYear } from "./rules/report-date-year";
import { rule as templatePrompt } from "./rules/template-prompt";
import { rule as englishWords } from "./rules/english-words";
import { rule as reportTextScore } from "./rules/report-text-score";
import { rule as reportIndicatorFigure } from "./rules/report-indicator-figure";
import { rule as reportHeadings } from "./rules/report-headings";
import { rule as reportOutline } from "./rules/report-outline";
import { rule as requiredBlank } from "./rules/required-blank";
import { rule as coverBlank } from "./rules/cover-blank";
import { rule as unreadableFigure } from "./rules/unreadable-figure";
import { rule as figuresAsText } from "./rules/figures-as-text";
import { rule as unitsDisagree } from "./rules/units-disagree";
import type { Rule } from "./types";

export const CATALOGUE: readonly Rule[] = [
  // 框架与完整性 / framework
  requiredIndicators,
  indicatorsMissing,
  indicatorRowComplete,
  templatePlaceholders,
  // 分值 / weights
  weightsTotal,
  firstLevelWeights,
  // 得分与等级 / scores and grade
  scoreAboveWeight,
  fullScoreTargetMissed,
  scoreBelowFullTargetMet,
  scoreRecomputed,
  qualitativeBand,
  executionScore,
  arrivalRateScore,
  totalSum,
  gradeFitsTotal,
  totalCap,
  // 原因与文字 / reasons and text
  reasonRequired,
  textLength,
  templatePrompt,
  englishWords,
  // 资金与预算 / funds and budget
  fundsTotalParts,
  fundsBudgetAgree,
  budgetSubtotals,
  statedRate,
  overExecution,
  // 资产负债表 / balance sheet
  balanceIdentities,
  statedRatioCells,
  // 报告与数据 / the report against the data
  reportFigures,
  reportShare,
  reportDebtRatio,
  reportCountList,
  reportTotalParts,
  reportScoreGrade,
  reportProblemsDenied,
  reportExecutionStated,
  reportTargetActual,
  reportDateYear,
  reportTextScore,
  reportIndicatorFigure,
  reportHeadings,
  reportOutline,
  // 规范 / hygiene
  requiredBlank,
  coverBlank,
  unreadableFigure,
  figuresAsText,
  unitsDisagree,
];
