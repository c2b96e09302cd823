import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Modules the pure core must never import: it runs in the worker, in Node CLIs and in tests. */
const notInCore = ['svelte', 'svelte/*', 'maplibre-gl', '@deck.gl/*', 'dexie', 'comlink'];

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    files: [
      'src/lib/coverage/**/*.ts',
      'src/lib/geo/**/*.ts',
      'src/lib/import/**/*.ts',
      'src/lib/export/**/*.ts',
      'src/lib/model/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: notInCore.map((group) => ({
            group: [group],
            message: 'The pure core has no UI, map or storage imports.',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'indexedDB',
        'localStorage',
        'navigator',
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);
