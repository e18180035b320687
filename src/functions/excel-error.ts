/**
 * Failures of the core as Excel errors: #DIV/0!, #VALUE! and #N/A through `CustomFunctions.Error`.
 * Excel shows a custom message only for #VALUE! and #N/A, so #DIV/0! carries none.
 */
import type { Failure, Result } from "../core/result";

const CODES = {
  div0: "#DIV/0!",
  value: "#VALUE!",
  na: "#N/A",
} as const;

export type ExcelErrorValue = CustomFunctions.Error;

/** The Excel error for a failure. Outside Excel (tests, the preview) an object of the same shape. */
export function excelError(failure: Failure): ExcelErrorValue {
  const code = CODES[failure.code] as CustomFunctions.ErrorCode;
  const message = failure.code === "div0" ? undefined : failure.message;
  const CF = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (CF?.Error) return new CF.Error(code, message);
  return { code, message } as ExcelErrorValue;
}

/** A cell value for a result: the number, or the Excel error. */
export function toCell(result: Result<number | string>): number | string | ExcelErrorValue {
  return result.ok ? result.value : excelError(result);
}
