// ESLint (flat config), run by `npm run lint` over src and test: Microsoft's office-addins rules
// (the ones its Office add-in templates turn on: load before read, sync before read, no sync in
// loops, null objects tested with isNullObject, …) and the typescript-eslint rules that catch what
// the type checker does not: promises left floating or passed where a callback is expected,
// awaiting what is not a promise, switches that miss a case. Formatting is not linted.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]));

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "test-output/**", "**/*.cjs", "**/*.js", "**/*.mjs"] },
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/only-throw-error": ["error", { allowThrowingUnknown: true }],
      "@typescript-eslint/prefer-promise-reject-errors": "error",
      "no-console": "error",
    },
  },
  {
    // The office-js code and its tests. Elsewhere (exceljs in src/node) the rules' name-based
    // checks would take workbook objects for office-js proxies.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "test/excel/**/*.ts", "test/helpers/fakeExcel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
);
