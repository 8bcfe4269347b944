/**
 * The production build: check the content while Astro builds the pages (and indexes them for search,
 * src/integrations/search-index.ts), write `_headers`, and only then replace `dist/`. A failure at any step
 * exits non-zero and leaves the previous `dist/` exactly as it was.
 *
 *   npm run build
 *
 * Environment: SITE_URL and BASE_PATH override the site config; SHARING_CARE_DIST moves the output folder.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { startAstro } from './lib/run-astro.ts';
import { startNode } from './lib/run-node.ts';
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

// The content check and the page build run side by side, each in its own process (so the check's memory is
// free again for the build): Astro keeps about one core busy, and the check fits beside it. Nothing is
// published unless both pass. If the check fails, the page build is stopped and the check's messages, which
// name the file and the field, are what the board sees.
const { checked, built } = await timed('check content and build pages', async () => {
	const check = startNode(join(import.meta.dirname, 'check.ts'));
	const astro = startAstro(['build'], { SHARING_CARE_OUT_DIR: staging, NODE_ENV: 'production' });
	const checked = await check.exit;
	if (checked !== 0) astro.stop();
	return { checked, built: await astro.exit };
});
if (checked !== 0) fail('Fix the problems above, then build again.');
if (built !== 0) fail('Astro could not build the pages (see above).');

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
