import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The benchmark and measurement tools' own tests (`npm run test:bench`), kept out of `npm test`: they build no
 * test site, so there is no global setup here.
 */
export default defineConfig({
	root: resolve(import.meta.dirname, '..'),
	test: {
		include: ['bench/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
