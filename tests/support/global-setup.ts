import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyProject } from './project-copy.ts';
import { runScript } from './run-script.ts';

/** The base path and address of the second test build, which checks everything works under a sub-folder. */
export const BASED = { BASE_PATH: '/coop-kit/', SITE_URL: 'https://coops.example.org' } as const;

function build(name: string, env: Record<string, string> = {}): string {
	const dir = copyProject(name);
	const result = runScript(dir, 'build', [], env);
	if (result.code !== 0) throw new Error(`The ${name} test build failed:\n${result.output}`);
	return join(dir, 'dist');
}

/**
 * Builds the site twice before any test runs, with the test fixtures (a draft, a scheduled entry, minutes)
 * added to the real content: once at the root, once under a base path. Tests read the folders with inject().
 */
export default function setup(project: TestProject) {
	// Folders are per run, so two test runs on one machine never share a build.
	const siteDist = build(`default-${process.pid}`);
	const basedSiteDist = build(`based-${process.pid}`, BASED);
	project.provide('siteDist', siteDist);
	project.provide('basedSiteDist', basedSiteDist);
	return () => {
		for (const dist of [siteDist, basedSiteDist]) rmSync(dirname(dist), { recursive: true, force: true });
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built test site, served at `/`. */
		siteDist: string;
		/** The built test site under BASED.BASE_PATH. */
		basedSiteDist: string;
	}
}
