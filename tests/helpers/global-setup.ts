import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../src/browser/find-chromium.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** One id per `vitest run`: fixtures built under it are not built again in the same run (see `buildOnce`). */
		testRun: string;
	}
}

/**
 * Gives the run its id, and unpacks the packaged Chromium (when that is the
 * browser the tests get) once, before two test files could both unpack it.
 */
export default async function setup(project: TestProject): Promise<void> {
	project.provide('testRun', `${Date.now()}-${process.pid}`);
	// Locks a stopped run left behind (see buildOnce).
	rmSync(fileURLToPath(new URL('../.tmp/built/', import.meta.url)), { recursive: true, force: true });
	await findChromium();
}
