import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-wps/**', 'node_modules/**', 'tests/artifacts/**', 'coverage/**', 'samples/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', module: 'writable', require: 'readonly',
        __dirname: 'readonly', Buffer: 'readonly', window: 'readonly', document: 'readonly',
        Office: 'readonly', Excel: 'readonly', CustomFunctions: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
