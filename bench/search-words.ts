/**
 * What a first search costs for the words found on the most pages, and how long its results take on a slow phone
 * connection: builds a copy of the project with generated entries, finds the words on the most pages (leaving out
 * function words), and for each measures the bytes a first search transfers and the time to first results under
 * Slow 4G (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip) in Chromium.
 *
 *   npm run bench:search-words -- --entries 1000,10000 [--words 10] [--timed 3] [--runs 1] [--type-at-once] [--keep] [--dist path/to/dist]
 *
 * `--timed N` times the N commonest words (timing is slow), each `--runs` times (the median is reported);
 * `--type-at-once` starts typing as soon as the search box works rather than once the search is ready (Pagefind
 * loaded); `--dist` measures an existing build instead.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from '../scripts/lib/copy-project.ts';
import { runScript } from '../tests/support/run-script.ts';
import { readIndexedPages } from '../tests/search/read-search-index.ts';
import { readIndexedPageCount, SEARCH_BUNDLE_DIR } from '../packages/sharing-care/src/integration/index-site.ts';
import { findCommonWords } from './lib/find-common-words.ts';
import { writeGeneratedEntries } from './lib/generate-entries.ts';
import { measureFirstSearch, measureSearchTimings, SLOW_4G } from './lib/measure-first-search.ts';

const { values: args } = parseArgs({
	options: {
		entries: { type: 'string', default: '1000' },
		words: { type: 'string', default: '10' },
		timed: { type: 'string', default: '3' },
		runs: { type: 'string', default: '1' },
		'type-at-once': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		dist: { type: 'string' },
	},
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Builds a copy of the project with `entries` generated entries; returns its dist/ and the folder to remove. */
function buildWithEntries(entries: number): { dist: string; dir: string } {
	const dir = copyProject(`search-words-${entries}-${process.pid}`);
	writeGeneratedEntries(dir, entries);
	const build = runScript(dir, 'build', [], { SHARING_CARE_NOW: '2026-11-01T12:00:00Z' });
	if (build.code !== 0) throw new Error(`The build with ${entries} generated entries failed:\n${build.output}`);
	return { dist: join(dir, 'dist'), dir };
}

const summary: Record<string, unknown>[] = [];
const targets = args.dist
	? [{ label: args.dist, dist: args.dist, dir: undefined }]
	: args.entries
			.split(',')
			.map(Number)
			.map((entries) => ({ label: `${entries.toLocaleString('en-GB')} generated entries`, ...buildWithEntries(entries) }));
for (const target of targets) {
	const pages = readIndexedPages(target.dist);
	const words = findCommonWords(
		pages.map((page) => `${page.meta.title ?? ''} ${page.meta.summary ?? ''} ${page.content}`),
		Number(args.words),
	);
	console.log(`\n${target.label}: ${readIndexedPageCount(join(target.dist, SEARCH_BUNDLE_DIR)).toLocaleString('en-GB')} pages indexed\n`);
	console.log('| word | pages | first search (gzip) | index | results | code | requests |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
	const costs: number[] = [];
	for (const { word, pages: found } of words) {
		const cost = await measureFirstSearch(target.dist, { query: word });
		const part = (pattern: RegExp) => cost.transfers.filter((transfer) => pattern.test(transfer.path)).reduce((sum, transfer) => sum + transfer.bytes, 0);
		costs.push(cost.searchBytes);
		console.log(
			`| ${word} | ${found.toLocaleString('en-GB')} | **${kb(cost.searchBytes)}** | ${kb(part(/\/pagefind\/(index\/|.*\.pf_meta$)/))} | ${kb(part(/\/pagefind\/fragment\//))} | ${kb(cost.searchBytes - part(/\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/))} | ${cost.requests} |`,
		);
	}
	console.log(`\nFirst search for the ${words.length} commonest words: maximum ${kb(Math.max(...costs))}, median ${kb(median(costs))}.`);
	const timings = [];
	const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
	const typeAtOnce = args['type-at-once'];
	console.log(
		`\n${SLOW_4G.name}, typing ${typeAtOnce ? 'as soon as the search box works' : 'once the search is ready'}, ${args.runs} run(s) of each word (medians; every run in brackets):`,
	);
	for (const { word } of words.slice(0, Number(args.timed))) {
		const runs = [];
		for (let run = 0; run < Number(args.runs); run += 1) runs.push(await measureSearchTimings(target.dist, { query: word, network: SLOW_4G, typeAtOnce }));
		const timing = {
			readyMs: median(runs.map((run) => run.readyMs)),
			firstResultsMs: median(runs.map((run) => run.firstResultsMs)),
			fromFirstKeyMs: median(runs.map((run) => run.fromFirstKeyMs)),
		};
		timings.push({ word, ...timing, runs: runs.map((run) => run.firstResultsMs) });
		console.log(
			`"${word}": page ready ${seconds(timing.readyMs)}; first results ${seconds(timing.firstResultsMs)} after the last key [${runs.map((run) => seconds(run.firstResultsMs)).join(', ')}] (${seconds(timing.fromFirstKeyMs)} after the first)`,
		);
	}
	summary.push({
		target: target.label,
		words: words.map((word, index) => ({ ...word, bytes: costs[index] })),
		maxBytes: Math.max(...costs),
		medianBytes: median(costs),
		timings,
	});
	if (target.dir && !args.keep) rmSync(target.dir, { recursive: true, force: true });
	else if (target.dir) console.log(`Kept ${target.dir}`);
}
console.log(`\n${JSON.stringify(summary)}`);
