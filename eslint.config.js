// ESLint checks the layering (VS Code style: a lower layer never imports a higher one) and a few
// rules the type checker cannot. Layers, lowest first:
//   common/            pure code both sides use: vocabulary, dates, digits, the document components
//   electron/backend/  domain logic under Node, one folder per capability; app/ wires them
//   electron/main, electron/web, electron/cli, electron/preload   the shells around the backend
//   renderer/          the React UI: common/ and the API contract's types, nothing else of the backend
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Import specifiers are matched as regular expressions (a gitignore-style pattern such as `electron`
// would also match any path with an `electron/` folder in it).
const SHELLS = '/electron/(main|web|cli|preload)/';
const NODE_AND_NATIVE = '^(node:.*|electron|better-sqlite3|drizzle-orm(/.*)?|playwright-core|worker_threads|fs|path|os|crypto)$';

/** One `no-restricted-imports` setting per group of files: a later setting of the rule replaces an earlier one. */
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

const commonRules = [
  { regex: '(^|/)(electron|renderer|test|scripts)/', message: 'common/ is the lowest layer: it imports nothing of the app.' },
  { regex: NODE_AND_NATIVE, message: 'common/ runs in the renderer too: no Node, Electron or database modules.' },
];
const backendRules = [
  { regex: '^electron$', message: 'The backend runs under plain Node: only electron/main and electron/preload import Electron.' },
  { regex: `/renderer/|${SHELLS}`, message: 'The backend never imports the renderer or the shells around it.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo-output/**', 'drizzle/migrations/**', 'test/fixtures/generated/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      'no-debugger': 'error',
    },
  },
  {
    // Tests may hold loosely typed results of calls they then assert on field by field.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['common/**'], rules: restrict(...commonRules) },
  {
    files: ['common/**'],
    ignores: ['common/plan-document/**', 'common/score-document/**'],
    rules: restrict(...commonRules, {
      regex: '^zod$',
      message: 'Only the document schemas (plan-document, score-document) use zod; the vocabulary they share is in common/terms.',
    }),
  },
  {
    files: ['electron/backend/**'],
    rules: restrict(...backendRules, {
      regex: '^\\.\\./app/|/backend/app/',
      message: 'Only the shells import app/ (the wiring); capabilities get what they need through api/handler-context.',
    }),
  },
  { files: ['electron/backend/app/**'], rules: restrict(...backendRules) },
  {
    files: ['electron/main/**', 'electron/web/**', 'electron/cli/**', 'electron/preload/**'],
    rules: restrict({ regex: '/renderer/', message: 'The shells serve the built renderer; they never import its code.' }),
  },
  {
    files: ['renderer/**'],
    rules: restrict(
      {
        regex: '/electron/(?!backend/api/(contract|errors)\\.js$)',
        message: 'The renderer reaches the backend only through the API: import types from electron/backend/api/contract.js, values from common/.',
      },
      {
        regex: '/electron/backend/api/(contract|errors)\\.js$',
        allowTypeImports: true,
        message: "Only the contract's types cross into the renderer (use `import type`); shared values live in common/.",
      },
      {
        regex: '^zod$|/common/(plan|score)-document/schema',
        allowTypeImports: true,
        message: "No zod in the renderer bundle: import the document schemas' types only, and the vocabulary from common/terms.",
      },
      { regex: NODE_AND_NATIVE, message: 'The renderer is a sandboxed web page: no Node, Electron or database modules.' },
    ),
  },
);
