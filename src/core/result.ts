/**
 * Results of the calculation core. The core never throws on bad input and never returns NaN or Infinity:
 * a figure that cannot be computed comes back as a `Failure` with a Chinese message that names the argument.
 * The custom functions turn the code into the Excel error of the same meaning.
 */

/** div0: zero or blank denominator; value: text that is not a figure, or figures that cannot go together;
 *  na: an unknown profile, nature, grade or indicator name. */
export type FailureCode = "div0" | "value" | "na";

export interface Failure {
  readonly ok: false;
  readonly code: FailureCode;
  /** Chinese message for the user, naming the argument or cell and what was expected. */
  readonly message: string;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T> = Success<T> | Failure;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail(code: FailureCode, message: string): Failure {
  return { ok: false, code, message };
}
