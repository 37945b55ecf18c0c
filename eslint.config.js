// ESLint: type-aware typescript-eslint, React hooks, and the fences between the layers as rules.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** What a pure module (anatomy, data, lib) must not import: React and the app's React layers. */
const noReact = [
  { group: ['react', 'react-dom', 'react-dom/*', '@react-three/*'], message: 'anatomy, data and lib are pure: no React.' },
  {
    group: ['**/scene/*', '**/ui/*', '**/state/*'],
    message: 'anatomy, data and lib are pure: they know nothing of the store, the scene or the DOM interface.',
  },
];
/** The Node-only catalogue source (it validates every record with zod) never reaches the browser bundle. */
const noNodeCatalogue = {
  group: ['**/data/catalogueSource*', '**/data/facts/*', '**/data/texts/*', 'opencc-js', 'node:*'],
  message: 'Browser code reads data/pointCatalogue.ts; catalogueSource.ts and the sources are for Node (tests, scripts, the build plugin).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'bench/dist/**', 'public/**', 'docs/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // TypeScript checks names; the rule does not know the DOM or Node globals.
  { rules: { 'no-undef': 'off' } },
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Fire-and-forget promises are marked with `void`; handlers may be async.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: [noNodeCatalogue] }] } },
  {
    files: ['src/anatomy/**', 'src/data/**', 'src/lib/**'],
    ignores: ['src/data/catalogueSource.ts', 'src/data/facts/**', 'src/data/texts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noReact, noNodeCatalogue] }] },
  },
  { files: ['src/data/catalogueSource.ts', 'src/data/facts/**', 'src/data/texts/**'], rules: { 'no-restricted-imports': ['error', { patterns: noReact }] } },
  {
    files: ['src/scene/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ui/*'], message: 'The scene and the DOM interface never import each other: they share the store.' }, noNodeCatalogue] },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/scene/*'], message: 'The DOM interface and the scene never import each other: they share the store.' }, noNodeCatalogue] },
      ],
    },
  },
  {
    // Tests, scripts and benchmarks drive the app from outside; Playwright callbacks run in the page.
    files: ['tests/**', 'scripts/**', 'bench/**', 'models/**', '*.config.ts', 'vite-plugins/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // React's act() takes an async callback whether or not it awaits.
      '@typescript-eslint/require-await': 'off',
      // Tests replace browser methods (getContext, setItem) to create faults.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // Ambient module declarations can only name types with import().
  { files: ['**/*.d.ts'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
