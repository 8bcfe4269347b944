/**
 * Runs Lighthouse (mobile, its default) in Debian's Chromium against a served build, for the home page,
 * an entry and the search page with results, and records the scores in QUALITY.md. Slow (about a minute),
 * so not part of `npm test`; run it after changes that could affect speed or markup.
 *
 *   npm run build && npm run lighthouse            (scores dist/)
 *   npm run lighthouse -- path/to/dist
 *
 * The site is served as a static host would, with the headers from its `_headers` file.
 * Environment: CHROME_PATH (default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { headersForPath, parseHeadersFile } from '../packages/sharing-care/src/lib/headers/format-headers-file.ts';
import { findTemplatePages } from '../tests/support/page-templates.ts';
import { serveDist } from '../packages/sharing-care/src/cli/serve-dist.ts';
import { CHROMIUM_ARGS } from '../packages/sharing-care/src/cli/chromium.ts';
import { builtSiteFromArguments, isMainScript } from '../packages/sharing-care/src/cli/run-site-check.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

export interface LighthouseScores {
	page: string;
	path: string;
	/** Scores out of 100, by category. */
	scores: Record<(typeof CATEGORIES)[number], number>;
	/** Audits that scored under 90, by category, for the record. */
	failing: string[];
}

/** Starts headless Chromium with a DevTools port for Lighthouse; resolves to the port and a stop function. */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
	const profile = mkdtempSync(join(tmpdir(), 'sharing-care-lighthouse-'));
	const chrome = spawn(
		process.env.CHROME_PATH ?? '/usr/bin/chromium',
		['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
		{ stdio: ['ignore', 'ignore', 'pipe'] },
	);
	const port = await new Promise<number>((resolvePort, reject) => {
		let output = '';
		chrome.stderr.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
			if (match) resolvePort(Number(match[1]));
		});
		chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before it was ready:\n${output}`)));
	});
	return {
		port,
		stop: () => {
			chrome.kill();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** Scores the home page, the richest entry and the search page (with results) of a built site. */
export async function runLighthouse(dist: string): Promise<LighthouseScores[]> {
	const headersFile = join(dist, '_headers');
	const headers = existsSync(headersFile) ? headersForPath(parseHeadersFile(readFileSync(headersFile, 'utf8')), '/') : {};
	const { pages } = findTemplatePages(dist);
	const wanted = ['home', 'reports entry', 'blog entry', 'search (with results)'];
	const chosen = pages.filter((page) => wanted.includes(page.name));
	const site = await serveDist(dist, '/', headers);
	const chrome = await startChromium();
	const results: LighthouseScores[] = [];
	try {
		for (const page of chosen) {
			const result = await lighthouse(site.url + page.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
			const { categories, audits } = result.lhr;
			const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as LighthouseScores['scores'];
			const failing = CATEGORIES.flatMap((id) =>
				(categories[id]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9)
					.map((ref) => `${id}: ${audits[ref.id]?.title} (${audits[ref.id]?.displayValue ?? Math.round((audits[ref.id]?.score ?? 0) * 100)})`),
			);
			results.push({ page: page.name, path: `/${page.path}`, scores, failing });
			console.log(`${page.name.padEnd(24)} ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}`);
		}
	} finally {
		chrome.stop();
		await site.close();
	}
	return results;
}

/** The scores as a Markdown section for QUALITY.md. */
export function formatLighthouseSection(results: LighthouseScores[], when: Date): string {
	const lines = [
		START,
		`Measured ${when.toISOString().slice(0, 10)} with Lighthouse 13 (mobile emulation, simulated throttling) in Debian's Chromium, headless, on this project's 2-core machine, served locally with the \`_headers\` headers. Rerun with \`npm run lighthouse\`.`,
		'',
		'| page | address | performance | accessibility | best practices | SEO |',
		'| --- | --- | --- | --- | --- | --- |',
		...results.map((result) => `| ${result.page} | \`${result.path}\` | ${CATEGORIES.map((id) => result.scores[id]).join(' | ')} |`),
	];
	const failing = results.flatMap((result) => result.failing.map((audit) => `- ${result.page}: ${audit}`));
	lines.push('', failing.length ? 'Audits scoring under 90:' : 'No audit scored under 90.', ...failing, END);
	return lines.join('\n');
}

/** Puts the section into QUALITY.md, replacing the previous scores. */
export function recordLighthouse(section: string, file = resolve(import.meta.dirname, '..', 'QUALITY.md')): void {
	const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Quality\n';
	const start = current.indexOf(START);
	const end = current.indexOf(END);
	const next =
		start >= 0 && end > start
			? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
			: `${current.trimEnd()}\n\n## Lighthouse scores\n\n${section}\n`;
	writeFileSync(file, next);
}

if (isMainScript(import.meta.url)) {
	const dist = builtSiteFromArguments();
	const results = await runLighthouse(dist);
	recordLighthouse(formatLighthouseSection(results, new Date()));
	console.log('\n✓ Scores recorded in QUALITY.md');
}
