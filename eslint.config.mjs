// Type-aware linting, and the layer boundaries of the house style: engine/ and language/ run
// outside VS Code, and only the engine layer (src/engine/**) talks to dockerode.
import tseslint from 'typescript-eslint';

const noVscode = { name: 'vscode', message: 'engine/, compose/, registry/, scaffold/, language/ and shared/ must run outside VS Code.' };
const noDockerode = { name: 'dockerode', message: 'Only src/engine/** imports dockerode.' };
const noUi = { group: ['**/ui/**', '**/extension'], message: 'Lower layers never depend on ui/.' };
const noEngineInLanguage = {
  group: ['**/engine', '**/engine/**'],
  message: 'The language service gets engine data through the client, never directly.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '**/*.mjs', '**/*.js', '**/*.generated.ts'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noDockerode] }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests read JSON (manifests, recorded engine output) whose shape the assertions check.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Async generators stand in for engine streams without awaiting anything themselves.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noVscode], patterns: [noUi, { group: ['**/language/**'], message: 'The engine does not know the language service.' }] },
      ],
    },
  },
  {
    // The compose CLI runner is the engine layer's peer: plain Node, driven by ui/ through CommandDeps.
    files: ['src/compose/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode, noDockerode],
          patterns: [noUi, { group: ['**/language/**'], message: 'The compose runner does not know the language service.' }],
        },
      ],
    },
  },
  {
    // The registry HTTP client is not the Engine API: no vscode, no dockerode, no engine.
    files: ['src/registry/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode, noDockerode],
          patterns: [noUi, { group: ['**/language/**', '**/engine', '**/engine/**'], message: 'The registry layer stands on its own.' }],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode, noDockerode],
          patterns: [noUi, { group: ['**/language/**'], message: 'shared/ does not know the language service.' }],
        },
      ],
    },
  },
  {
    // "Add Docker Files" detection and templates: plain Node over the project's files, no engine, no editor.
    files: ['src/scaffold/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode, noDockerode],
          patterns: [
            noUi,
            { group: ['**/language/**', '**/engine', '**/engine/**'], message: 'Scaffolding writes files; it needs no engine.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/language/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noVscode, noDockerode], patterns: [noUi, noEngineInLanguage] }] },
  },
  {
    // The core (dockerfile/, compose/, common/) does not know its LSP adapter; the adapter knows the core.
    files: ['src/language/**/*.ts'],
    ignores: ['src/language/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noVscode,
            noDockerode,
            { name: 'vscode-languageserver', message: 'Only language/server/ speaks LSP; the core uses vscode-languageserver-types.' },
          ],
          patterns: [
            noUi,
            noEngineInLanguage,
            { group: ['**/server', '**/server/**'], message: 'The language core never imports from its LSP adapter (language/server/).' },
          ],
        },
      ],
    },
  },
  {
    // Webview pages run in the webview's browser frame: no Node, no VS Code API, nothing of the
    // extension but other page modules (types shared with the extension live beside them) and the
    // one byte formatter (src/shared/formatBytes: no imports, no Node), so sizes read alike everywhere.
    files: ['src/ui/webviews/pages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode, noDockerode],
          patterns: [
            { group: ['node:*'], message: 'Webview pages run in a browser.' },
            {
              regex: '^\\.\\./(?!\\.\\./\\.\\./shared/formatBytes$)',
              message: 'A page imports only modules of src/ui/webviews/pages.',
            },
          ],
        },
      ],
    },
  },
  {
    // The DOM types are in the compiler's lib for the webview pages; everything else runs in Node.
    files: ['src/**/*.ts'],
    ignores: ['src/ui/webviews/pages/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'navigator', 'localStorage', 'HTMLElement'].map(name => ({
          name,
          message: 'Only webview pages (src/ui/webviews/pages) run in a browser.',
        })),
      ],
    },
  },
);
