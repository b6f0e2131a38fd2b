import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: ['**/dist', '**/node_modules', '**/tmp', '**/coverage', '.nx', 'tests/artifacts'],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:workflow', onlyDependOnLibsWithTags: ['scope:api-problems'] },
            { sourceTag: 'scope:empowerment', onlyDependOnLibsWithTags: ['scope:workflow'] },
            { sourceTag: 'scope:config', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:api-problems', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'scope:db',
              onlyDependOnLibsWithTags: ['scope:workflow', 'scope:empowerment', 'scope:config'],
            },
            {
              sourceTag: 'scope:jobs',
              onlyDependOnLibsWithTags: [
                'scope:workflow',
                'scope:empowerment',
                'scope:config',
                'scope:db',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Jest's configuration and reporters are CommonJS, loaded by Jest itself.
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'tests/**/*.ts'],
    rules: {
      // Jest's expect(...).rejects and mocks of our own types make these noisy without catching bugs.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
