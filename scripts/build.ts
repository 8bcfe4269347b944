/**
 * The production build: check the content, build the pages, index them for search, and only then
 * replace `dist/`. A failure at any step exits non-zero and leaves the previous `dist/` exactly as it was.
 *
 *   npm run build
 *
 * Environment: SITE_URL and BASE_PATH override the site config; SHARING_CARE_DIST moves the output folder.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveSiteConfig } from '../src/config/resolve-site-config.ts';
import { runAstro } from './lib/run-astro.ts';
import { runNode } from './lib/run-node.ts';
import { indexSite } from './lib/index-site.ts';
import { timed } from './lib/timed.ts';
import { writeHeaders } from './lib/write-headers.ts';

const root = process.cwd();
const dist = resolve(root, process.env.SHARING_CARE_DIST ?? 'dist');
const staging = join(dirname(dist), `.${basename(dist)}-staging-${process.pid}`);

function fail(message: string): never {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\n✗ Build failed. ${message}\n  The published site in ${dist} was left as it was.`);
	process.exit(1);
}

// The check runs in its own process, so the memory it uses is free again for the build and the index.
const checked = await timed('check content and config', () => runNode(join(import.meta.dirname, 'check.ts')));
if (checked !== 0) fail('Fix the problems above, then build again.');

const astro = await timed('build pages', () => runAstro(['build'], { SHARING_CARE_OUT_DIR: staging, NODE_ENV: 'production' }));
if (astro !== 0) fail('Astro could not build the pages (see above).');

// The config is valid here: the check above would have stopped the build otherwise.
const site = resolveSiteConfig((await import(pathToFileURL(join(root, 'site.config.ts')).href)).default, process.env);
if (site.features.search) {
	try {
		const pages = await timed('index for search', () => indexSite(staging, { locale: site.locale }));
		console.log(`  indexed ${pages} pages for search`);
	} catch (error) {
		fail(`Search indexing failed: ${(error as Error).message}`);
	}
}

try {
	await timed('write security headers (_headers)', () => writeHeaders(staging));
} catch (error) {
	fail(`Writing _headers failed: ${(error as Error).message}`);
}

// Swap: the old dist is moved aside, the new one moved in, then the old one removed.
mkdirSync(dirname(dist), { recursive: true });
const previous = `${staging}.previous`;
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`\n✓ Built the site into ${dist}`);
