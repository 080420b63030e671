// Lint config. Dependencies point one way:
// taskpane | commands | cli -> excel | xlsx -> template -> engine.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const pureBan = {
  patterns: [
    { group: ["**/xlsx/**", "**/excel/**", "**/cli/**", "**/taskpane/**", "**/commands/**"], message: "engine/template are pure: no adapters or UI." },
    { group: ["exceljs", "react", "react-dom", "@fluentui/*", "fs", "node:*", "path"], message: "engine/template are pure: no I/O, DOM or UI libraries." },
  ],
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/engine/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [...pureBan.patterns, { group: ["**/template/**"], message: "engine must not depend on template." }] }] } },
  { files: ["src/template/**/*.ts"], rules: { "no-restricted-imports": ["error", pureBan] } },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel/**", "**/cli/**", "**/taskpane/**", "**/commands/**"], message: "xlsx is an adapter: it must not depend on hosts or UI." }] }] },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/xlsx/**", "**/cli/**", "**/taskpane/**", "**/commands/**", "exceljs"], message: "excel is the Office adapter: no file library, no UI." }] }] },
  },
  { files: ["scripts/**/*.cjs"], languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly" } }, rules: { "@typescript-eslint/no-require-imports": "off" } },
);
