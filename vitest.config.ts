import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/helpers/global-setup.ts'],
		env: {
			ASTRO_TELEMETRY_DISABLED: '1',
			// Every `npm run check`, build and PDF command a test starts reuses the code Node compiled for the last one.
			NODE_COMPILE_CACHE: fileURLToPath(new URL('node_modules/.cache/node-compile-cache/', import.meta.url)),
		},
		testTimeout: 30_000,
		hookTimeout: 240_000,
		// Two test files at a time, one a core: a build or a browser rarely keeps both busy.
		// A fixture several files read is built once, by the first to ask (see buildOnce).
		maxWorkers: 2,
	},
});
