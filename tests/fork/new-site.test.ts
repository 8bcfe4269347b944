import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS } from '../../packages/sharing-care/src/collections/index.ts';
import { CONTENT_DIR } from '../../packages/sharing-care/src/data/paths.ts';
import { copyFixtureSite, FIXTURE_SITE } from '../support/fixture-site.ts';
import { htmlToText, listFiles, readPage } from '../support/read-dist.ts';
import { runScript } from '../support/run-script.ts';

/** What a co-op writes in place of each placeholder in site.config.ts. */
const FILLED: Record<string, string> = {
	name: 'Hillside Care Co-operative',
	shortName: 'Hillside Care',
	tagline: 'What a new care co-op on the hill is learning.',
	introduction: 'We are a care co-operative owned by the people who give and receive care on the hill.',
	url: 'https://hillside.example.org',
	footerText: 'Hillside Care Co-operative Ltd, registered society number 12345.',
};

/** The one way to reach the new co-op its config gives: a page elsewhere, with no email, phone or address. */
const SOCIAL = { label: 'Mastodon', href: 'https://social.example.org/@hillsidecare' };

/** The entries the site had before it was made blank (the fixture site's): `collection/id/`, and their titles. */
function previousEntries(): { path: string; title: string }[] {
	return ENTRY_COLLECTIONS.flatMap((collection) =>
		readdirSync(join(FIXTURE_SITE, CONTENT_DIR, collection))
			.filter((name) => /\.mdx?$/.test(name))
			.map((name) => ({
				path: `${collection}/${name.replace(/\.mdx?$/, '')}/`,
				title: /^title: "?(.*?)"?$/m.exec(readFileSync(join(FIXTURE_SITE, CONTENT_DIR, collection, name), 'utf8'))![1]!,
			})),
	);
}

/** The names of the people and organisations the site had before. */
function previousNames(): string[] {
	return ['people', 'organisations'].flatMap((file) => [...readFileSync(join(FIXTURE_SITE, CONTENT_DIR, `${file}.yaml`), 'utf8').matchAll(/^ {2}name: (.+)$/gm)].map((match) => match[1]!));
}

/** The entry files in a project, relative to content/. */
function entryFiles(dir: string): string[] {
	return ENTRY_COLLECTIONS.flatMap((collection) => readdirSync(join(dir, CONTENT_DIR, collection)).map((name) => `${collection}/${name}`)).sort();
}

let dir: string;
beforeAll(async () => {
	dir = await copyFixtureSite(`fork-new-site-${process.pid}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new-site', () => {
	it('changes nothing unless told to go ahead', () => {
		const before = entryFiles(dir);
		const config = readFileSync(join(dir, 'site.config.ts'), 'utf8');
		const result = runScript(dir, 'new-site');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('npm run new-site -- --yes');
		expect(result.stderr).toContain('Nothing was changed.');
		expect(entryFiles(dir)).toEqual(before);
		expect(readFileSync(join(dir, 'site.config.ts'), 'utf8')).toBe(config);
	});

	it('removes the existing content and leaves one draft example of each type, and the topics', () => {
		expect(previousEntries().length).toBeGreaterThan(5);
		const result = runScript(dir, 'new-site', ['--yes']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('npm run check');
		const files = entryFiles(dir).filter((file) => file.endsWith('.md'));
		expect(files.map((file) => file.split('/')[0]).sort()).toEqual([...ENTRY_COLLECTIONS].sort());
		for (const file of files) {
			const source = readFileSync(join(dir, CONTENT_DIR, file), 'utf8');
			expect(source, file).toMatch(/^draft: true$/m);
			expect(source, file).toMatch(/^# /m);
		}
		for (const { path } of previousEntries()) expect(files).not.toContain(`${path.slice(0, -1)}.md`);
		expect(readFileSync(join(dir, CONTENT_DIR, 'topics.yaml'), 'utf8')).toBe(readFileSync(join(FIXTURE_SITE, CONTENT_DIR, 'topics.yaml'), 'utf8'));
		const people = readFileSync(join(dir, CONTENT_DIR, 'people.yaml'), 'utf8') + readFileSync(join(dir, CONTENT_DIR, 'organisations.yaml'), 'utf8');
		for (const name of previousNames()) expect(people).not.toContain(name);
	});

	it('leaves a config that npm run check refuses until each placeholder is filled in, and nothing else to fix', () => {
		const result = runScript(dir, 'check');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Found 6 problems in 1 file');
		for (const field of Object.keys(FILLED)) expect(result.stderr).toContain(`  - ${field}: This still holds a WRITE placeholder`);
	});
});

/**
 * The blank site once a co-op has filled in its config and, in the same file, switched search and feeds off, and
 * has deleted the glossary it kept: built once, for the tests of a new site, of those two switches and of a site
 * with no glossary.
 */
describe('a new site, once its config is filled in, with search and feeds switched off and no glossary', () => {
	let dist: string;
	let pages: string[];

	beforeAll(() => {
		const file = join(dir, 'site.config.ts');
		let config = readFileSync(file, 'utf8');
		for (const [field, value] of Object.entries(FILLED)) config = config.replace(new RegExp(`^(\\t${field}: ).*$`, 'm'), `$1${JSON.stringify(value)},`);
		config = config.replace(/^(\t\tsearch: )true,$/m, '$1false,').replace(/^(\t\tfeeds: )true,$/m, '$1false,');
		// No contact details (as the blank config leaves them), but a page elsewhere.
		config = config.replace(/^\tsocial: \[\],$/m, `\tsocial: [${JSON.stringify(SOCIAL)}],`);
		expect(config).toContain(SOCIAL.href);
		expect(config).toMatch(/^\t\tsearch: false,$/m);
		expect(config).toMatch(/^\t\tfeeds: false,$/m);
		writeFileSync(file, config);
		expect(readFileSync(join(dir, CONTENT_DIR, 'glossary.yaml'), 'utf8')).toBe(readFileSync(join(FIXTURE_SITE, CONTENT_DIR, 'glossary.yaml'), 'utf8'));
		rmSync(join(dir, CONTENT_DIR, 'glossary.yaml'));
		const checked = runScript(dir, 'check');
		expect(checked.stderr).toBe('');
		expect(checked.code).toBe(0);
		const built = runScript(dir, 'build');
		if (built.code !== 0) throw new Error(`The blank site's build failed:\n${built.output}`);
		dist = join(dir, 'dist');
		pages = listFiles(dist, '.html');
	});

	it('builds a site of its own with none of the previous content', () => {
		const home = readPage(dist, '/');
		expect(home).toContain(`<title>${FILLED.name}: ${FILLED.tagline}</title>`);
		expect(htmlToText(home)).toContain(FILLED.introduction);
		const previous = previousEntries();
		for (const { path } of previous) expect(pages).not.toContain(`${path}index.html`);
		expect(pages.filter((page) => /(^|\/)example-/.test(page))).toEqual([]);
		const words = [...previous.map((entry) => entry.title), ...previousNames()];
		const left = pages.flatMap((page) => {
			const text = htmlToText(readFileSync(join(dist, page), 'utf8'));
			return words.filter((word) => text.includes(word)).map((word) => `${page}: "${word}"`);
		});
		expect(left).toEqual([]);
	});

	it('says on the empty minutes page that none are published yet, in words for readers, not commands', () => {
		const minutes = htmlToText(readPage(dist, 'minutes/'));
		expect(minutes).toContain('No minutes published yet');
		expect(minutes).not.toMatch(/npm run|content\/minutes/);
	});

	it('publishes no feed, no feed stylesheet and no subscribe page', () => {
		const files = listFiles(dist);
		expect(files).toContain('index.html');
		expect(files.filter((file) => /(rss\.xml|feed\.css)$/.test(file))).toEqual([]);
		expect(files).not.toContain('subscribe/index.html');
	});

	it('offers no feed for autodiscovery on any page', () => {
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain('application/rss+xml');
	});

	it('leaves the subscribe page out of the sitemap but keeps the rest of discovery', () => {
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('/blog/</loc>');
		expect(sitemap).not.toContain('/subscribe/');
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('sitemap-index.xml');
		expect(listFiles(dist)).toContain('share-image.png');
	});

	it('points readers to its page elsewhere on the accessibility statement, with no email links and no search caveat', () => {
		const statement = readPage(dist, 'accessibility/');
		const text = htmlToText(statement);
		expect(text).toContain('We have not published an email address, phone number or postal address on this website, so please contact us through our pages elsewhere: Mastodon');
		expect(statement).toContain(`<a href="${SOCIAL.href}">${SOCIAL.label}</a>`);
		expect(statement).not.toContain('mailto:');
		expect(text).toContain('use every page without JavaScript');
		expect(text).not.toContain('Search needs JavaScript');
	});

	it('has no glossary page, and no page links to one', () => {
		expect(pages).not.toContain('glossary/index.html');
		expect(pages.filter((page) => readFileSync(join(dist, page), 'utf8').includes('/glossary/'))).toEqual([]);
		expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/glossary/');
	});

	it('builds no search index and loads no search code on any page', () => {
		expect(listFiles(dist).filter((file) => file.startsWith('pagefind/'))).toEqual([]);
		expect(pages.filter((page) => readFileSync(join(dist, page), 'utf8').includes('pagefind/'))).toEqual([]);
	});
});
