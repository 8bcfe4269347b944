/**
 * Measures search at scale: builds copies of the project with generated entries added, then reports the
 * index size on disk and the bytes a first search transfers in Chromium (its network log).
 *
 *   npm run measure-search                                # seed content only, and with 1,000 generated entries
 *   npm run measure-search -- --entries 0,1000,5000 --keep
 *
 * Copies are built in .build/sites/measure-search-<n>/ and removed afterwards unless --keep is given.
 * The site is served gzipped, as static hosts serve it (Pagefind's index files are gzipped already and go as
 * they are); sizes are the response bodies Chromium received, with headers counted separately.
 */
import { rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { copyProject } from '../scripts/lib/copy-project.ts';
import { listFiles } from '../tests/support/read-dist.ts';
import { runScript } from '../tests/support/run-script.ts';
import { writeGeneratedEntries } from './lib/generate-entries.ts';
import { readIndexedPageCount, SEARCH_BUNDLE_DIR } from '../packages/sharing-care/src/integration/index-site.ts';
import { serveGzipped } from './lib/measure-first-search.ts';

/** The goal for a first search at 1,000 entries: search code, index and results together, gzipped. */
const GOAL_BYTES = 150 * 1024;

/** What a first visit to the search page does: type words, or open a shared link that browses by filter. */
const SEARCHES = [
	{ name: 'common word "care"', path: 'search/', type: 'care' },
	{ name: 'place name "Slaithwaite"', path: 'search/', type: 'Slaithwaite' },
	{ name: 'browse: practice examples on co-production', path: 'search/?type=practice&topic=co-production' },
] as const;

type Part = 'page' | 'code' | 'index' | 'results';

interface Transfer {
	part: Part;
	path: string;
	/** The response body as received: gzipped where the server compressed it. */
	body: number;
	headers: number;
}

const { values: args } = parseArgs({ options: { entries: { type: 'string', default: '0,1000' }, keep: { type: 'boolean', default: false } } });
const sizes = args.entries.split(',').map(Number);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (list: Transfer[], key: 'body' | 'headers', part?: Part) => list.filter((t) => !part || t.part === part).reduce((total, t) => total + t[key], 0);

function classify(path: string): Part {
	if (/\/pagefind\/fragment\//.test(path)) return 'results';
	if (/\/pagefind\/(index|filter)\/|\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'index';
	if (/\/pagefind\/|\.js$/.test(path)) return 'code';
	return 'page';
}

/** Opens the search page in a fresh browser context (empty cache), searches, and lists what was transferred. */
async function firstSearch(browser: Browser, url: string, search: (typeof SEARCHES)[number]): Promise<{ transfers: Transfer[]; results: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const transfers: Transfer[] = [];
	page.on('requestfinished', async (request) => {
		const path = new URL(request.url()).pathname;
		const sizes = await request.sizes();
		transfers.push({ part: classify(path), path, body: sizes.responseBodySize, headers: sizes.responseHeadersSize });
	});
	await page.goto(`${url}${search.path}`);
	if ('type' in search) {
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.locator('#search-query').pressSequentially(search.type, { delay: 30 });
		await page.waitForURL(/\?q=/);
	}
	await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false');
	await page.waitForLoadState('networkidle');
	const results = Number((await page.locator('[role="status"]').textContent())?.match(/([\d,]+) results?/)?.[1]?.replace(/,/g, '') ?? 0);
	await context.close();
	return { transfers, results };
}

function diskUsage(dist: string) {
	const bundle = join(dist, SEARCH_BUNDLE_DIR);
	const files = listFiles(bundle).filter((file) => statSync(join(bundle, file)).isFile());
	const size = (filter: (file: string) => boolean) => files.filter(filter).reduce((total, file) => total + statSync(join(bundle, file)).size, 0);
	return {
		pages: readIndexedPageCount(bundle),
		files: files.length,
		index: size((file) => /^(index|filter|fragment)\/|\.pf_meta$/.test(file)),
		total: size(() => true),
	};
}

const diskRows: string[] = [];
const searchRows: string[] = [];
let largest: { entries: number; bytes: number } | undefined;
const browser = await launchBrowser();
try {
	for (const entries of sizes) {
		const dir = copyProject(`measure-search-${entries}`);
		if (entries > 0) writeGeneratedEntries(dir, entries);
		const started = performance.now();
		const build = runScript(dir, 'build');
		if (build.code !== 0) throw new Error(`The build with ${entries} generated entries failed:\n${build.output}`);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const dist = join(dir, 'dist');
		const disk = diskUsage(dist);
		diskRows.push(
			`| ${entries ? `seed + ${entries.toLocaleString('en-GB')}` : 'seed'} | ${disk.pages.toLocaleString('en-GB')} | ${seconds} s | ${kb(disk.index)} | ${kb(disk.total)} | ${disk.files.toLocaleString('en-GB')} |`,
		);

		const site = await serveGzipped(dist);
		try {
			for (const search of SEARCHES) {
				const { transfers, results } = await firstSearch(browser, site.url, search);
				const searchOnly = transfers.filter((t) => t.part !== 'page');
				const searchBytes = sum(searchOnly, 'body');
				if (search === SEARCHES[0]) largest = { entries, bytes: searchBytes };
				searchRows.push(
					`| ${entries ? `seed + ${entries.toLocaleString('en-GB')}` : 'seed'} | ${search.name} | ${results} | ${searchOnly.length} | ${kb(sum(transfers, 'body', 'code'))} | ${kb(sum(transfers, 'body', 'index'))} | ${kb(sum(transfers, 'body', 'results'))} | **${kb(searchBytes)}** | ${kb(searchBytes + sum(searchOnly, 'headers'))} | ${kb(sum(transfers, 'body') + sum(transfers, 'headers'))} |`,
				);
			}
		} finally {
			await site.close();
		}
		if (!args.keep) rmSync(dir, { recursive: true, force: true });
		else console.log(`Kept ${dirname(dist)}`);
	}
} finally {
	await browser.close();
}

console.log('\nSearch index on disk (dist/pagefind/)\n');
console.log('| entries | pages indexed | build | index data (index, filter, fragment, meta) | whole pagefind folder | files |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of diskRows) console.log(row);
console.log('\nFirst search in Chromium, fresh cache, served gzipped (search = search script, Pagefind code, index and result fragments)\n');
console.log(
	'| entries | search | results | search requests | code | index | results | search total | search total with headers | whole visit with page and headers |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of searchRows) console.log(row);
if (largest) {
	const verdict = largest.bytes <= GOAL_BYTES ? 'meets' : 'misses';
	console.log(
		`\nA first search at seed + ${largest.entries.toLocaleString('en-GB')} entries transfers ${kb(largest.bytes)} gzipped: it ${verdict} the goal of ${kb(GOAL_BYTES)}.`,
	);
}
