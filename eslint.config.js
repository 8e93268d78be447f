// ESLint flat config: typescript-eslint, react-hooks, jsx-a11y, and the import directions of the architecture.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Each feature may import the core and shared code, never another feature. */
const featureBoundaries = features.map((name) => ({
  files: [`src/features/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `(^|/)features/(?!${name}/)`,
            message: 'Features do not import each other; compose them in src/app.',
          },
          { regex: '(^|/)app/', message: 'Features do not import the app layer.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['.scratch', 'dist', 'dist-*', 'node_modules', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Transcript text is data: never inject HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Transcript text is data: never inject HTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^react($|-dom|/)', message: 'src/core is pure TypeScript: no React.' },
            { regex: '^react-router', message: 'src/core is pure TypeScript: no router.' },
            { regex: '^@tanstack/', message: 'src/core is pure TypeScript: no TanStack.' },
            { regex: '(^|/)(features|app|cli)/', message: 'src/core depends on nothing above it.' },
            { regex: '^node:', message: 'src/core runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  prettier,
);
