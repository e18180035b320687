/** `npm run bench`: every benchmark of the project, printed as figures and ratios to a baseline of the same run. */
import { benchFunctions } from "./functions.bench";
import { printTable } from "./measure";

const rows = benchFunctions();
printTable("JX functions: 1,000,000 evaluations each (numeric input)", rows);
for (const name of ["JX.SCORE, range of 100,000 cells", "JX.EXECRATE, range of 100,000 cells"]) {
  const row = rows.find((r) => r.name === name)!;
  console.log(
    `  target < 1000 ns/eval in the range form, ${name}: ${row.nsPerOp < 1000 ? "met" : "NOT met"} (${row.nsPerOp.toFixed(1)} ns)`,
  );
}
