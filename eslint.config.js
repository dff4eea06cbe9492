import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist', 'cdn', 'node_modules', 'bench/results', 'test/.vendor', 'test/.ssr', 'test/.cdn'] },
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Chai asserts with properties: expect(x).to.be.true
  { files: ['test/**'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
);
