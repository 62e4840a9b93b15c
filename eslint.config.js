// @ts-check
// ESLint flat config for the whole monorepo (run by tools/scripts/test.sh):
//   bash tools/scripts/with-node.sh node node_modules/eslint/bin/eslint.js --max-warnings 0 .
//
// Syntax-only typescript-eslint rules (`recommended`, NOT the type-checked presets): type-aware
// linting would build a TypeScript program per project and is too slow on the 2-core machines.
// Type checking itself is done by `tsc -b` (server) and `vue-tsc` (admin, incl. the .vue files
// ignored here). Module boundaries (Nx tags) are enforced by tools/lint/check-boundaries.mjs.
import { createRequire } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// `@eslint/js` and `globals` are dependencies of eslint itself, not of the root package.json:
// resolve them from eslint's own location so a change in npm's hoisting cannot break the config.
const requireFromEslint = createRequire(createRequire(import.meta.url).resolve('eslint/package.json'));
const js = requireFromEslint('@eslint/js');
const globals = createRequire(requireFromEslint.resolve('@eslint/eslintrc/package.json'))('globals');

export default defineConfig(
  {
    name: 'dsg/ignores',
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.tools/**',
      '.data/**',
      '.nx/**',
      'tmp/**',
      '**/*.vue', // type-checked by vue-tsc instead
      'libs/admin/data-access/src/generated/**', // GraphQL codegen output
      'apps/admin/dist/**',
      'test-results/**',
      'coverage/**',
      '**/*.d.ts',
      '**/migrations/**', // generated migrations
    ],
  },
  {
    name: 'dsg/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Tool scripts (tools/**/*.mjs) and build helpers (apps/admin/build/*.js): plain ESM on Node.
    name: 'dsg/javascript',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    name: 'dsg/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    name: 'dsg/typescript',
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
      // Off everywhere: non-test code still has `any` (Nest/MikroORM generics), and the run uses
      // --max-warnings 0, so 'warn' is not an option. To tighten later: set 'error' here and keep
      // the test-file block below.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    name: 'dsg/typescript-tests',
    files: ['**/*.spec.ts', '**/test/**/*.ts', '**/*.e2e.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
