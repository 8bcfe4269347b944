/**
 * The production build: `astro build` into a staging folder (which checks the content and writes the pages,
 * the search index and `_headers`: src/integration/index.ts), then the staging folder swapped into `dist/`.
 * A failure at any step exits non-zero and leaves the previous `dist/` exactly as it was.
 *
 *   npm run build   (sharing-care build)
 *
 * Environment: SITE_URL and BASE_PATH override the site config; SHARING_CARE_DIST moves the output folder.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { startAstro } from './run-astro.ts';
import { timed } from './timed.ts';

const root = process.cwd();
const dist = resolve(root, process.env.SHARING_CARE_DIST ?? 'dist');
const staging = join(dirname(dist), `.${basename(dist)}-staging-${process.pid}`);

function fail(message: string): never {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\n✗ Build failed. ${message}\n  The published site in ${dist} was left as it was.`);
	process.exit(1);
}

const built = await timed('check content and build pages', () => startAstro(['build', '--outDir', staging], { NODE_ENV: 'production' }).exit);
if (built !== 0) fail('Fix the problems above, then build again.');

// Swap: the old dist is moved aside, the new one moved in, then the old one removed.
mkdirSync(dirname(dist), { recursive: true });
const previous = `${staging}.previous`;
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`\n✓ Built the site into ${dist}`);
