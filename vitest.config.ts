import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// The kit's tests. The benchmark and measurement tools in bench/ have their own (npm run test:bench).
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		globalSetup: ['tests/support/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// Builds and browsers share two cores: run test files one after another, in one worker that is started once
		// (no test file changes global state, so they need no fresh process each).
		fileParallelism: false,
		isolate: false,
	},
});
