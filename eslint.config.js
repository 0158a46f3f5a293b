import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { layersRule } from './eslint/layers.js'

const rawIpc = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain'],
      message: 'Register handlers through src/main/ipc-adapter.ts, which validates against the contract.'
    },
    {
      name: 'electron',
      importNames: ['ipcRenderer'],
      message: 'The window talks to the service only through window.companion (src/preload).'
    }
  ]
}

const pureLayers = {
  paths: [
    {
      name: 'electron',
      message: 'core/ and service/ run in plain Node and in browser mode: no Electron here; add a port instead.'
    },
    { name: 'react', message: 'core/ and service/ hold no UI: keep React in src/renderer.' },
    { name: 'react-dom', message: 'core/ and service/ hold no UI: keep React in src/renderer.' }
  ],
  patterns: [
    { group: ['electron/*', 'react/*', 'react-dom/*'], message: 'core/ and service/ stay free of Electron and React.' }
  ]
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { limber: { rules: { layers: layersRule } } },
    rules: {
      'limber/layers': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', rawIpc]
    }
  },
  {
    files: ['src/core/**/*.ts', 'src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...rawIpc.paths, ...pureLayers.paths], patterns: pureLayers.patterns }
      ]
    }
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: pureLayers.paths,
          patterns: [
            ...pureLayers.patterns,
            { group: ['node:*'], message: 'core/ is pure: it runs unchanged in the window too.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/ipc-adapter.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    // Playwright specs and the bench also run callbacks inside the page; `({}, testInfo)` is Playwright's fixture idiom.
    files: ['e2e/**/*.ts', 'scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-empty-pattern': 'off' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules
    }
  }
)
