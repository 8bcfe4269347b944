import { defineConfig } from 'vitest/config';
import { loadSiteConfig } from './packages/sharing-care/src/config/load-site-config.ts';
import fixtureConfig from './tests/fixture-site/site.config.ts';
import { SlowFirstSequencer } from './tests/support/sequencer.ts';

/**
 * The kit's tests, as two projects (the benchmark tools in bench/ have their own: npm run test:bench):
 * - `kit`: the kit's unit tests, beside its source in packages/sharing-care/src. No builds: what a page would
 *   read from the integration (the validated site config) is the fixture site's, given through Vite's `define`.
 * - `site`: tests over built copies of the fixture site (tests/fixture-site), built once through the package
 *   before any test (tests/support/global-setup.ts), plus the fidelity test of the example content.
 */
/** What the integration gives every page at build time, given here to the modules tests import: the fixture site's config. */
const define = { __SHARING_CARE_SITE__: JSON.stringify(loadSiteConfig(fixtureConfig)), __SHOW_UNPUBLISHED__: 'false' };

export default defineConfig({
	test: {
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// Two files at a time, one per core, each worker started once for all its files (no test file changes global state).
		maxWorkers: 2,
		isolate: false,
		// The slowest files first, also on a fresh clone, which has no timings yet (tests/support/sequencer.ts).
		sequence: { sequencer: SlowFirstSequencer },
		projects: [
			{
				define,
				test: { name: 'kit', include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'], isolate: false },
			},
			{
				define,
				test: { name: 'site', include: ['tests/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'], isolate: false },
			},
		],
	},
});
