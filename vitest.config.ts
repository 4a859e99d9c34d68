import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/helpers/global-setup.ts'],
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
		testTimeout: 30_000,
		hookTimeout: 240_000,
		// Builds and browsers share two cores: run test files one at a time.
		fileParallelism: false,
	},
});
