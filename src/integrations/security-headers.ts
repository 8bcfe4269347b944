import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeHeaders } from '../../scripts/lib/write-headers.ts';

/**
 * Writes the `_headers` file (the Content Security Policy and other security headers, for hosts that read it)
 * at the end of `astro build`, from the pages as built. Listed before the search index in the config, so it
 * runs while Pagefind is still writing its bundle.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'sharing-care:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const start = performance.now();
				writeHeaders(fileURLToPath(dir));
				logger.info(`Wrote _headers in ${((performance.now() - start) / 1000).toFixed(1)} s`);
			},
		},
	};
}
