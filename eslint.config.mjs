// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      '*.mjs',
      // Generated from the OpenAPI document (npm run web:api).
      'apps/web/src/api/schema.d.ts',
    ],
  },
  eslint.configs.recommended,
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  ...tseslint.configs.recommended,
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['apps/web/scripts/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    rules: {
      // Money must never pass through a JavaScript number: decimal.js only.
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: 'Use Money / Decimal for amounts.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'round', message: 'Round money with Money/Decimal, half up.' },
        { object: 'Number', property: 'parseFloat', message: 'Use Money / Decimal for amounts.' },
      ],
      // One CSV writer, so that no export forgets the CSV-injection rule.
      'no-restricted-imports': [
        'error',
        {
          paths: ['csv-stringify', 'csv-stringify/sync'].map((name) => ({
            name,
            message: 'Write CSV with writeCsv from @loanbook/reporting (render/tabular.ts).',
          })),
        },
      ],
    },
  },
  { files: ['libs/reporting/src/render/tabular.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The web app runs in the browser; amounts stay decimal strings there too (format.ts).
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: 'Amounts stay decimal strings: see format.ts.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'round', message: 'Amounts stay decimal strings.' },
        { object: 'Number', property: 'parseFloat', message: 'Amounts stay decimal strings.' },
        { object: 'Number', property: 'toFixed', message: 'Amounts stay decimal strings.' },
      ],
    },
  },
  {
    // No import cycles: a module's dependencies must be loadable before it. The @loanbook/*
    // aliases resolve through tsconfig.json, so a cycle between libraries counts too.
    // Type-only imports do not count (the rule ignores them: they leave no require()).
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: 'tsconfig.json' }),
        createNodeResolver(),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // The libraries are below the apps: an app imports a library, never the other way round
    // (a library's specs may drive an app's code to check it against the library).
    files: ['libs/**/*.ts'],
    ignores: ['libs/**/*.spec.ts', 'libs/**/*.int-spec.ts', 'libs/**/*.e2e-spec.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './libs', from: './apps', message: 'Move what both need into a library.' },
            {
              // Bank files and Belgian payment conventions stand alone, so that the domain can
              // use them (a loan's structured communication) without a cycle.
              target: './libs/banking',
              from: './libs',
              except: ['./banking'],
              message: 'libs/banking depends on no other library.',
            },
            {
              // The books are posted from the domain's events alone, so any app can use them.
              target: './libs/accounting',
              from: './libs',
              except: ['./accounting', './domain'],
              message: 'libs/accounting imports @loanbook/domain only.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
