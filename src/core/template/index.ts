/** The official template (GUIDE §5) as data: see types.ts; built by buildTemplate. */
export { buildTemplate, defaultTemplateYear, invalidTemplateYear, LIST_SOURCE_LIMIT } from "./build";
export { firstDifference, sameInput, templateInputs, type CellInput } from "./inputs";
export { freeSheetName, freeTableName, SHEET_NAMES, TABLE_NAMES, templateNames } from "./names";
export { NATURES, FORM_LAYOUT } from "./form";
export { BUDGET_LAYOUT } from "./budget";
export { BALANCE_LAYOUT, balanceRows } from "./balance";
export { UNIT_LAYOUT } from "./unit";
export { templateIndicators, firstLevelWeights, splitWeight, executionWeight } from "./indicators";
export { FORMATS } from "./styles";
export type {
  CellStyle,
  ListValidation,
  SheetKey,
  TableSpec,
  TakenNames,
  Template,
  TemplateCell,
  TemplateOptions,
  TemplateSheet,
} from "./types";
