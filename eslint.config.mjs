// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
