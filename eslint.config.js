// Lint rules, including the import rules of docs/architecture.md: data → db → api → web, one way.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const restrict = (patterns) => ({
  "no-restricted-imports": ["error", { patterns: patterns.map((p) => ({ group: [p.group].flat(), message: p.message })) }],
});

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/.next/**", "**/.next-*/**", "**/.turbo/**", "**/.data/**", "**/drizzle/**", "**/next-env.d.ts", "**/test-results/**", "**/playwright-report/**", "tests/.reports/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["**/*.{js,mjs,cjs}"], languageOptions: { globals: globals.node } },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Rules that need types: a promise nobody awaits loses its error, and a switch over a union must name every
    // member, so a new member is a lint error at each switch instead of a silent fall-through.
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: {
        // Each file is checked with its package's tsconfig.json. The root vitest.config.ts has none (a root
        // tsconfig.json would change how tsx runs the root scripts), so it alone gets the base options.
        projectService: { allowDefaultProject: ["vitest.config.ts"], defaultProject: "tsconfig.base.json" },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // React discards what an event handler returns, and the async form handlers here report their own failures
      // (better-auth answers `{ error }` instead of throwing; awaited tRPC calls sit in try/catch), so an
      // async `onSubmit={…}` is fine; promises passed anywhere else that expects a void callback are still errors.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      // A cast that changes nothing hides the real type from the reader and outlives the reason it was written
      // (useLocale() already returns the app's Locale; stored documents already carry their shapes).
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["packages/data/**/*.{ts,tsx}"],
    rules: restrict([
      { group: ["@karvon/*"], message: "@karvon/data imports nothing but zod." },
      { group: ["drizzle-orm", "drizzle-orm/*", "@trpc/*", "react", "react-dom", "next", "next/*", "node:*"], message: "@karvon/data imports nothing but zod." },
    ]),
  },
  {
    files: ["packages/db/**/*.{ts,tsx}"],
    rules: restrict([
      { group: ["@karvon/api", "@karvon/api/*", "@karvon/web", "@karvon/web/*"], message: "db must not import api or web." },
      { group: ["@trpc/*", "react", "next", "next/*"], message: "db must not import tRPC, React or Next." },
    ]),
  },
  {
    files: ["packages/api/**/*.{ts,tsx}"],
    rules: restrict([
      { group: ["@karvon/web", "@karvon/web/*"], message: "api must not import web." },
      { group: ["next", "next/*", "react", "react-dom"], message: "api never imports Next.js or React." },
    ]),
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    rules: restrict([{ group: ["@karvon/db", "@karvon/db/*"], message: "web never touches the database: go through @karvon/api." }]),
  },
  {
    files: ["apps/web/src/**/*.{ts,tsx}"],
    // The files apps/web/scripts import run under tsx, which does not read the alias: they stay one folder deep.
    rules: restrict([
      { group: ["@karvon/db", "@karvon/db/*"], message: "web never touches the database: go through @karvon/api." },
      { group: ["../../*"], message: "Import from @/… (apps/web/src) instead of climbing two or more folders." },
    ]),
  },
  {
    // Only src/env.ts reads the environment in the packages and the web app.
    files: ["packages/**/*.{ts,tsx}", "apps/web/src/**/*.{ts,tsx}"],
    // instrumentation.ts reads NEXT_RUNTIME, which Next sets itself (not configuration).
    ignores: ["apps/web/src/env.ts", "apps/web/src/instrumentation.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration in apps/web/src/env.ts and pass it on." }],
    },
  },
);
