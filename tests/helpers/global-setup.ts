import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** One id per `vitest run`: fixtures built under it are not built again in the same run (see `buildOnce`). */
		testRun: string;
	}
}

/** Gives the run its id. */
export default function setup(project: TestProject): void {
	project.provide('testRun', `${Date.now()}-${process.pid}`);
}
