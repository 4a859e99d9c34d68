// The project's ESLint config, kept beside the tools it imports (see package.json here).
// The root eslint.config.js re-exports it so editors and `npm test` find it.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = new URL('../../', import.meta.url).pathname;

export default tseslint.config(
	{
		ignores: [
			'**/node_modules/',
			'**/dist/',
			'**/.astro/',
			'tests/.tmp/',
			'tests/fixtures/generated-50/',
			'tests/fixtures/incremental/',
			'bench/.work/',
			'bench/plain-starlight/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs['flat/recommended'],
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
	{
		// The frontmatter and scripts of .astro files are TypeScript.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
	},
	{
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
		extends: [...tseslint.configs.recommendedTypeCheckedOnly],
	},
	{
		// Vitest types its asymmetric matchers (`expect.stringContaining(…)`, `expect.any(…)`) as `any`,
		// and tests put them where a value is expected: that is the matcher's purpose, not an unsafe value.
		files: ['tests/**/*.ts'],
		rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
	},
);
