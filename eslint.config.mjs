import { builtinModules } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The office-addins plugin's own presets bundle an older typescript-eslint; its rules are used
// here with the project's typescript-eslint instead, every one as an error.
const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'error']),
);

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'lib/', 'coverage/', 'out/', 'test-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  react.configs.flat['jsx-runtime'],
  prettier,
  { settings: { react: { version: '18.3' } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      ...officeRules,
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-eval': 'error',
    },
  },
  {
    // The engine is pure (README, design.md §1): no Office, DOM, Node, clock, adapter or
    // wording; everything it needs comes in as parameters.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({
            name,
            message: 'src/core is pure: no Node API.',
          })),
          patterns: [
            { regex: '^node:', message: 'src/core is pure: no Node API.' },
            {
              regex: '(^|/)(i18n|excel|xlsx|preview|taskpane|commands|cli|gateway)(/|$)',
              message:
                'src/core depends on no adapter and writes no sentence: src/i18n and the adapters call the engine, never the reverse.',
            },
            {
              regex: '^(office-js|@microsoft/office-js|@types/office-js|office-addin-.*)$',
              message: 'src/core is pure: Office.js stays in src/excel.',
            },
            {
              regex: '^(react|react-dom|@fluentui/.*|exceljs|fflate|saxes|commander)(/.*)?$',
              message: 'src/core is pure: libraries of the adapters stay in the adapters.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
          'Office',
          'Excel',
          'OfficeExtension',
          'process',
          'Buffer',
          'require',
          'setTimeout',
          'setInterval',
        ].map((name) => ({ name, message: 'src/core is pure: no host, DOM, Node or timer.' })),
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'src/core has no clock: today is a parameter.',
        },
        {
          object: 'performance',
          property: 'now',
          message: 'src/core has no clock: today is a parameter.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core has no clock: today is a parameter.',
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*', 'bench/**/*'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
