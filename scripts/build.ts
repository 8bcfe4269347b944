/**
 * The production build: check the content while Astro builds the pages (with the search index and
 * `_headers`, see src/integrations/; on a large site the index is built after Astro exits, to save memory),
 * and only then replace `dist/`. A failure at any step exits non-zero and leaves the previous `dist/`
 * exactly as it was.
 *
 *   npm run build
 *
 * Environment: SITE_URL and BASE_PATH override the site config; SHARING_CARE_DIST moves the output folder;
 * SHARING_CARE_BUILD_MEMORY_MB is the memory budget (src/lib/fits-memory-budget.ts).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveSiteConfig } from '../src/config/resolve-site-config.ts';
import { hasSearchBundle, indexSite } from '../src/integrations/index-site.ts';
import { INDEX_AFTER_ASTRO_ENV } from '../src/integrations/search-index.ts';
import { startAstro } from './lib/run-astro.ts';
import { startNode } from './lib/run-node.ts';
import { timed } from './lib/timed.ts';

const root = process.cwd();
const dist = resolve(root, process.env.SHARING_CARE_DIST ?? 'dist');
const staging = join(dirname(dist), `.${basename(dist)}-staging-${process.pid}`);

function fail(message: string): never {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\n✗ Build failed. ${message}\n  The published site in ${dist} was left as it was.`);
	process.exit(1);
}

// The content check and the page build run side by side, each in its own process (so the check's memory is
// free again for the build): Astro keeps about one core busy, and the check fits beside it. Nothing is
// published unless both pass. If the check fails, the page build is stopped and the check's messages, which
// name the file and the field, are what the board sees.
const { checked, built } = await timed('check content and build pages', async () => {
	const check = startNode(join(import.meta.dirname, 'check.ts'));
	const astro = startAstro(['build'], { SHARING_CARE_OUT_DIR: staging, NODE_ENV: 'production', [INDEX_AFTER_ASTRO_ENV]: '1' });
	const checked = await check.exit;
	if (checked !== 0) astro.stop();
	return { checked, built: await astro.exit };
});
if (checked !== 0) fail('Fix the problems above, then build again.');
if (built !== 0) fail('Astro could not build the pages (see above).');

// On a large site the search index waits for Astro to exit, so the two never hold memory at once
// (src/integrations/search-index.ts). The config is valid here: the check would have failed otherwise.
const site = resolveSiteConfig((await import(pathToFileURL(join(root, 'site.config.ts')).href)).default, process.env);
if (site.features.search && !hasSearchBundle(staging)) {
	try {
		const pages = await timed('index for search', () => indexSite(staging, { locale: site.locale }));
		console.log(`  Indexed ${pages} pages for search`);
	} catch (error) {
		fail(`Search indexing failed: ${(error as Error).message}`);
	}
}

// Swap: the old dist is moved aside, the new one moved in, then the old one removed.
mkdirSync(dirname(dist), { recursive: true });
const previous = `${staging}.previous`;
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`\n✓ Built the site into ${dist}`);
