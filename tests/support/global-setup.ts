import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUILD_SOURCES, copyProject, ROOT } from '../../scripts/lib/copy-project.ts';
import { startSharedChromium } from './browser.ts';
import { addBulkPosts, BULK_POSTS } from './bulk-posts.ts';
import { buildSite, type SiteBuild } from './build-site.ts';
import { isBuildCurrent } from './current-build.ts';
import { describeMissingChromium } from '../../packages/sharing-care/src/cli/chromium.ts';
import { addEditorSaves } from './editor-saves.ts';
import { copyFixtureSite } from './fixture-site.ts';
import { BASED } from './test-builds.ts';
import { prepareVariantSite, VARIANT_ENV } from './variant-site.ts';

type BuildName = 'siteDist' | 'basedSiteDist' | 'variantSiteDist' | 'exampleSiteDist';

/** One shared test build: how its copy is made, and how it is built. */
interface PlannedBuild {
	name: BuildName;
	/** What it is, for the log. */
	label: string;
	prepare: (folder: string) => Promise<string>;
	astroOnly?: boolean;
	env?: Record<string, string>;
}

/** How many builds run at once: the machine has two cores, and a build keeps about one busy. */
const AT_ONCE = 2;

/** The shared test builds (tests/support/test-builds.ts says what each is), the example site's only if `withExample`. */
function plannedBuilds(withExample: boolean): PlannedBuild[] {
	const builds: PlannedBuild[] = [
		{ name: 'siteDist', label: 'the fixture site, with astro build alone', prepare: copyFixtureSite, astroOnly: true },
		{
			name: 'basedSiteDist',
			label: `the fixture site, what the editor tests save and ${BULK_POSTS} generated posts, under ${BASED.BASE_PATH}`,
			prepare: async (folder) => {
				const dir = await copyFixtureSite(folder);
				await addEditorSaves(dir);
				addBulkPosts(dir);
				return dir;
			},
			env: BASED,
		},
		{
			name: 'variantSiteDist',
			label: 'the fixture site as another co-op makes it its own',
			prepare: async (folder) => {
				// A kit of its own: the variant adds a kind of entry and a language, as a kit contributor would.
				const dir = await copyFixtureSite(folder, { ownKit: true });
				await prepareVariantSite(dir);
				return dir;
			},
			env: VARIANT_ENV,
		},
	];
	// The fidelity test's build: this repository's own site, the example co-op's. (`npm run build` checks that
	// content too, in CI, before the tests.)
	if (withExample)
		builds.push({
			name: 'exampleSiteDist',
			label: 'the example co-op’s site, with astro build alone',
			prepare: async (folder) => copyProject(folder),
			astroOnly: true,
		});
	return builds;
}

/** Runs the builds AT_ONCE at a time, in order; resolves with each build by name. If one fails, every copy is removed. */
async function runBuilds(planned: PlannedBuild[]): Promise<Map<BuildName, SiteBuild>> {
	const done = new Map<BuildName, SiteBuild>();
	const copies: string[] = [];
	const queue = [...planned];
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) {
			const started = performance.now();
			const dir = await next.prepare(`${next.name}-${process.pid}`);
			copies.push(dir);
			done.set(next.name, await buildSite(dir, { astroOnly: next.astroOnly ?? false, env: next.env ?? {} }));
			console.log(`Built ${next.label} (${next.name}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		}
	};
	try {
		await Promise.all(Array.from({ length: AT_ONCE }, worker));
	} catch (error) {
		queue.length = 0;
		for (const dir of copies) rmSync(dir, { recursive: true, force: true });
		throw error;
	}
	return done;
}

/**
 * Before any test runs: stops at once if Chromium is missing (the browser tests need it), then builds the
 * shared test sites and starts the one Chromium the browser tests share. Tests read each `dist/` with
 * `inject(name)`, and what its build printed with `inject('buildOutput')[name]`. Copies are per run (named by
 * process id), so two runs never share one.
 */
export default async function setup(project: TestProject) {
	const missing = describeMissingChromium();
	if (missing) throw new Error(missing);
	// The example site as the README's first command built it, when nothing it is made from has changed since.
	const projectDist = join(ROOT, 'dist');
	const projectBuilt = isBuildCurrent(ROOT, projectDist, BUILD_SOURCES);
	if (projectBuilt) {
		project.provide('exampleSiteDist', projectDist);
		console.log('Using the example co-op’s site in dist/ (exampleSiteDist): it was built after the last change to what it is made from');
	}
	// Chromium starts while the sites build; it is closed again if a build fails.
	const starting = startSharedChromium();
	const builds = await runBuilds(plannedBuilds(!projectBuilt)).catch(async (error: unknown) => {
		await starting.then(
			(started) => started.close(),
			() => undefined,
		);
		throw error;
	});
	const chromium = await starting;
	const output: Partial<Record<BuildName, string>> = {};
	for (const [name, build] of builds) {
		project.provide(name, build.dist);
		output[name] = build.output;
	}
	project.provide('buildOutput', output);
	return async () => {
		await chromium.close();
		for (const build of builds.values()) rmSync(dirname(build.dist), { recursive: true, force: true });
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The fixture site, served at `/`, built with `astro build` alone. */
		siteDist: string;
		/** The fixture site with what the editor tests save (tests/support/editor-saves.ts) and generated posts added, under BASED.BASE_PATH, built with `npm run build`. */
		basedSiteDist: string;
		/** The fixture site as another co-op makes it its own (tests/support/variant-site.ts). */
		variantSiteDist: string;
		/** This repository's own site, the example co-op's, for the fidelity test. */
		exampleSiteDist: string;
		/** What each build printed, by name. */
		buildOutput: Partial<Record<'siteDist' | 'basedSiteDist' | 'variantSiteDist' | 'exampleSiteDist', string>>;
	}
}
