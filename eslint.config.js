import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Modules the pure core must never import: it runs in the worker, in Node CLIs and in tests. */
const notInCore = ['svelte', 'svelte/*', 'maplibre-gl', '@deck.gl/*', 'dexie', 'comlink'];

/**
 * The pure core: data in, data out, no DOM. Listed here and in tsconfig.core.json (keep the two
 * lists equal). `lib/map` is mostly the adapter and deck.gl layers; only its plain-data modules are
 * core.
 */
export const CORE_FILES = [
  'src/lib/coverage/**/*.ts',
  'src/lib/explore/**/*.ts',
  'src/lib/geo/**/*.ts',
  'src/lib/import/**/*.ts',
  'src/lib/field/**/*.ts',
  'src/lib/export/**/*.ts',
  'src/lib/model/**/*.ts',
  'src/lib/report/**/*.ts',
  'src/lib/search/**/*.ts',
  'src/lib/programs/**/*.ts',
  'src/lib/planning/**/*.ts',
  'src/lib/sync/**/*.ts',
  'src/lib/planning/**/*.ts',
  'src/lib/geodata/validate-boundaries.ts',
  'src/lib/i18n/translate.ts',
  'src/lib/i18n/messages/*.ts',
  'src/lib/map/colors.ts',
  'src/lib/map/zorder.ts',
  'src/lib/map/home-points.ts',
  'src/lib/map/overlap-image.ts',
  'src/lib/map/format-metric.ts',
  'src/lib/map/record-types.ts',
  'src/lib/map/zoom-levels.ts',
  'src/lib/map/hex-cells.ts',
  'src/lib/map/label-declutter.ts',
  'src/lib/map/map-points.ts',
  'src/embed/choropleth.ts',
  'src/embed/embed-change.ts',
  'src/embed/data-contract.ts',
  'src/embed/embed-metrics.ts',
  'src/embed/embed-params.ts',
  'src/embed/format.ts',
  'src/embed/legend-entries.ts',
  'src/embed/open-link.ts',
  'src/embed/panel-rows.ts',
];

/** The plain-data modules of `lib/map` the core may import (the rest owns the map or uses deck.gl). */
const PURE_MAP_MODULES = [
  'colors',
  'zorder',
  'home-points',
  'overlap-image',
  'format-metric',
  'record-types',
  'zoom-levels',
];

/** Relative paths the core may not reach: state, the map adapter and layers, storage, workers, UI. */
const notInCorePaths = [
  {
    group: ['**/state/**', '**/storage/**', '**/worker/**'],
    message: 'The pure core does not read app state, storage or workers: pass the data in.',
  },
  {
    group: ['**/map/*', '**/map/layers/*', ...PURE_MAP_MODULES.map((m) => `!**/map/${m}`)],
    message: 'Only the plain-data modules of lib/map belong to the core (see PURE_MAP_MODULES).',
  },
  { group: ['*.svelte', '*.svelte.ts'], message: 'The pure core imports no Svelte files.' },
];

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
    files: CORE_FILES,
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...notInCore.map((group) => ({
              group: [group],
              message: 'The pure core has no UI, map or storage imports.',
            })),
            ...notInCorePaths,
          ],
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
  {
    // The team server runs in Node: the pure core and the demo decoder, never UI, map, Dexie or
    // worker code (those need a browser and would run a second, untested copy of app state).
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...notInCore.map((group) => ({
              group: [group],
              message: 'The server imports the pure core only.',
            })),
            {
              group: ['**/state/**', '**/worker/**', '**/map/**', '*.svelte', '*.svelte.ts'],
              message: 'The server imports the pure core only.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Shared pieces are presentational: props in, callbacks out. A part that reads state is a
    // feature and lives in src/panels/.
    files: ['src/components/**/*.svelte', 'src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/state/**', '**/state/*.svelte', '**/state/*.svelte.ts'],
              message:
                'Components are presentational: take the value as a prop (or move this into src/panels/).',
            },
          ],
        },
      ],
    },
  },
);
