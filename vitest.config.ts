import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// The kit's tests. The benchmark and measurement tools in bench/ have their own (npm run test:bench).
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		globalSetup: ['tests/support/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// The builds are made once, before any test (tests/support/global-setup.ts). The tests then run two files at a
		// time, one per core, each worker started once for all its files (no test file changes global state).
		maxWorkers: 2,
		isolate: false,
	},
});
