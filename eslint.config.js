// ESLint 9 flat config: typescript-eslint's recommended rules and the rules of eslint-plugin-office-addins.
//
// eslint-plugin-office-addins 4 does expose flat configs (configs.recommended, .react), but they register
// their own copy of @typescript-eslint (8.8, clashing with the project's typescript-eslint), turn Prettier
// formatting into lint errors and parse as ES2015. So the plugin is registered here and its rules are enabled
// by hand, at the levels of its recommended config. Formatting is Prettier's job (`npm run format`).
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: ["dist/", "coverage/", "node_modules/", "test/output/", "bench/output/", ".vite/"],
  },
  tseslint.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs,ts,mts,cts,tsx,jsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
