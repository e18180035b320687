/**
 * Decimal arithmetic for the figures of the field.
 *
 * Figures arrive with at most a few decimals (万元 to 2 places, rates to 4) and well under 15 significant
 * digits, which is also all that Excel keeps. Every result is therefore brought back to 15 significant digits
 * (`clean`), which removes the artefacts of binary floating point (0.1 + 0.2 → 0.3, 2.675 → 2.675 rather than
 * 2.67499999…), and rounding is 四舍五入 on that decimal value: 2.675 → 2.68, 0.145 → 0.15, −2.675 → −2.68.
 */

/** The value with at most 15 significant digits, as Excel holds it: the same as Number(x.toPrecision(15)),
 *  computed without going through a string; −0 becomes 0. */
export function clean(x: number): number {
  if (Number.isInteger(x)) return x === 0 ? 0 : Math.abs(x) < 1e15 ? x : exact15(x);
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  // The figures of the field (a whole number of 10^-4 under 10^11: amounts, rates) have no more than 15 digits
  // and are clean as they are: the double nearest to such a decimal is exactly what the test below finds.
  if (abs < 1e11 && Math.round(abs * 1e4) / 1e4 === abs) return x;
  let digits = 14 - Math.floor(Math.log10(abs));
  if (digits > 22 || digits < 0) return exact15(x);
  const scaled = abs * POW10[digits]!;
  if (scaled >= 1e15) digits -= 1;
  else if (scaled < 1e14) digits += 1;
  if (digits > 22 || digits < 0) return exact15(x);
  const r = roundScaled(abs, POW10[digits]!) / POW10[digits]!;
  return x < 0 ? -r : r;
}

/**
 * round-half-up(a × p) for a, p > 0 with a × p < 2^52, exactly: the product is split into its rounded value
 * and the rounding error (Dekker's two-product), so a product that lands on .5 only through rounding is
 * rounded the way the exact decimal value says.
 */
function roundScaled(a: number, p: number): number {
  const prod = a * p;
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cp = SPLIT * p;
  const ph = cp - (cp - p);
  const pl = p - ph;
  const err = ah * ph - prod + ah * pl + al * ph + al * pl;
  const whole = Math.floor(prod);
  const frac = prod - whole;
  // |err| is at most half a unit in the last place of prod, so only an exact .5 can go either way.
  return frac > 0.5 || (frac === 0.5 && err >= 0) ? whole + 1 : whole;
}

const SPLIT = 134217729; // 2^27 + 1

/** 15 significant digits through the exact decimal conversion; a value next to the largest double, which
 *  would round up to Infinity, is kept as it is. */
function exact15(x: number): number {
  const r = Number(x.toPrecision(15));
  return Number.isFinite(r) ? r : x;
}

const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** 四舍五入 (half away from zero) of the decimal value of `x` to `digits` places (0 to 10). */
export function roundHalfUp(x: number, digits = 2): number {
  const value = clean(x);
  if (value === 0 || !Number.isFinite(value) || Math.abs(value) >= 1e15) return value;
  const factor = 10 ** digits;
  const scaled = clean(Math.abs(value) * factor);
  const rounded = Math.floor(scaled + 0.5) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Decimal places of a figure as written in its shortest form (0.1 → 1, 36353.37 → 2, 1e-7 → 7), at most 10. */
function places(x: number): number {
  if (!Number.isFinite(x)) return writtenPlaces(x);
  // While x × 10^d stays far below 2^53, the shortest form of x has d places or fewer exactly when x is the
  // double nearest to a whole number of 10^-d: tested without going through a string.
  const abs = Math.abs(x);
  for (let d = 0; d <= 10; d++) {
    const scale = POW10[d]!;
    if (abs * scale >= 2 ** 50) return writtenPlaces(x);
    if (Math.round(abs * scale) / scale === abs) return d;
  }
  return 10;
}

/** places() read off the shortest decimal form of the number. */
function writtenPlaces(x: number): number {
  const s = String(x);
  const e = s.indexOf("e");
  if (e >= 0) {
    const exp = Number(s.slice(e + 1));
    const mantissa = s.slice(0, e);
    const dot = mantissa.indexOf(".");
    const p = (dot >= 0 ? mantissa.length - dot - 1 : 0) - exp;
    return p <= 0 ? 0 : Math.min(p, 10);
  }
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, 10);
}

/** Whether a figure is a whole number of cents (as the amounts of the field are). */
const isCents = (v: number): boolean => Math.round(v * 100) / 100 === v;

/**
 * Sum of figures, exact for figures of up to 10 decimals: they are added as whole numbers of their smallest
 * decimal unit (cents for 万元 with 2 places), so a long column neither drifts nor carries the error of a large
 * intermediate total into a small result. Past 2^53 units it falls back to cleaned floating point.
 */
export function sum(values: Iterable<number>): number {
  const list = Array.isArray(values) ? (values as number[]) : [...values];
  // Amounts of the field have at most 2 decimals: whole cents are enough unless a figure says otherwise.
  // (Plain index loops: columns of thousands of figures are summed here.)
  let digits = 2;
  for (let i = 0; i < list.length; i++) {
    const v = list[i]!;
    if (!Number.isFinite(v)) return clean(list.reduce((a, b) => a + b, 0));
    if (!isCents(v)) {
      for (let j = 0; j < list.length; j++) digits = Math.max(digits, places(list[j]!));
      break;
    }
  }
  const scale = 10 ** digits;
  let units = 0;
  for (let i = 0; i < list.length; i++) units += Math.round(list[i]! * scale);
  if (Math.abs(units) <= Number.MAX_SAFE_INTEGER) return clean(units / scale);
  let total = 0;
  for (let i = 0; i < list.length; i++) total = clean(total + list[i]!);
  return total;
}

/** a + b exactly as sum([a, b]) gives it, without building the list (the checks compare figures in pairs). */
export function add(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return clean(a + b);
  const digits = isCents(a) && isCents(b) ? 2 : Math.max(2, places(a), places(b));
  const scale = 10 ** digits;
  const units = Math.round(a * scale) + Math.round(b * scale);
  if (Math.abs(units) <= Number.MAX_SAFE_INTEGER) return clean(units / scale);
  return clean(clean(a) + b);
}

export function sub(a: number, b: number): number {
  return add(a, -b);
}

export function mul(a: number, b: number): number {
  return clean(a * b);
}

/** Quotient; the caller has made sure that `b` is not zero. */
export function div(a: number, b: number): number {
  return clean(a / b);
}

/** Whether two figures agree within a tolerance (inclusive), compared on their exact decimal difference:
 *  36,353.36 and 36,353.37 agree within 0.01. */
export function within(a: number, b: number, tolerance: number): boolean {
  return Math.abs(sub(a, b)) <= clean(tolerance);
}
