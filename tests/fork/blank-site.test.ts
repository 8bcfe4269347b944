import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fillSiteConfig, PLACEHOLDER_MARK, TEMPLATE_DIR, writeSite } from '../../packages/create-sharing-care/lib/create-site.mjs';
import type { Element } from 'hast';
import { rawText, urlsOf } from '../../packages/sharing-care/src/lib/html/read-html.ts';
import { ROOT } from '../../scripts/lib/copy-project.ts';
import { parsePage, type ParsedPage } from '../support/parse-page.ts';
import { htmlToText, listFiles, readPage } from '../support/read-dist.ts';
import { runScript, type ScriptResult } from '../support/run-script.ts';

/**
 * A new co-op's site as it is first published: made from the create package's template (what `npm create
 * sharing-care` writes), built with this repository's kit. The co-op has filled in every placeholder of its
 * config, switched search and feeds off, gives a page elsewhere but no contact details, keeps no glossary (the
 * template has none) and has written one post of its own; the template's example drafts are still there, unpublished.
 */

/** What the co-op answers when the site is made (`writeSite` fills these in). */
const ASKED = { name: 'Hillside Care Co-operative', url: 'https://hillside.example.org' };

/** What the co-op writes in place of every other placeholder of site.config.ts. */
const FILLED: Record<string, string> = {
	shortName: 'Hillside Care',
	tagline: 'What a new care co-op on the hill is learning.',
	introduction: 'We are a care co-operative owned by the people who give and receive care on the hill.',
	footerText: 'Hillside Care Co-operative Ltd, registered society number 12345.',
};

/** The one way to reach the new co-op its config gives: a page elsewhere, with no email, phone or address. */
const SOCIAL = { label: 'Mastodon', href: 'https://social.example.org/@hillsidecare' };

/** The co-op's own first post: published, dated in the past, with a word no other text has. */
const OWN_POST = { path: 'blog/our-first-post-from-the-hill/', title: 'Our first post from the hill', word: 'heronlantern' } as const;

/** The frontmatter of a Markdown file. */
function frontmatter(file: string): Record<string, unknown> {
	return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
}

/** The template's example drafts (`content/<collection>/example-*.md`), with their titles and summaries. */
function exampleDrafts(): { file: string; title: string; summary: string; draft: unknown }[] {
	const content = join(TEMPLATE_DIR, 'content');
	return readdirSync(content, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((folder) =>
			readdirSync(join(content, folder.name))
				.filter((name) => /^example-.*\.mdx?$/.test(name))
				.map((name) => `${folder.name}/${name}`),
		)
		.map((file) => {
			const { title, summary, draft } = frontmatter(join(content, file));
			return { file, title: String(title), summary: String(summary), draft };
		});
}

/** Words of the example co-op (this repository's own site): its people's and organisations' names, its place and its addresses. */
function exampleCoopWords(): string[] {
	const names = ['people', 'organisations'].flatMap((file) =>
		(parseYaml(readFileSync(join(ROOT, 'content', `${file}.yaml`), 'utf8')) as { name: string }[]).map((item) => item.name),
	);
	return ['Colne Valley', 'CCCV', 'valleycare', 'Slaithwaite', ...names];
}

/** Every element of a name in a page, with its decoded attributes and the text it shows. */
function elementsNamed(html: string, name: string): { attributes: Record<string, string>; text: string }[] {
	const page = parsePage(html);
	return page.selectAll(name).map((element) => ({ attributes: page.attributes(element), text: page.text(element) }));
}

/** Every page address the sitemaps behind the sitemap index list. */
function sitemapLocations(dist: string): string[] {
	const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
	const index = parser.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
	return (index.sitemapindex.sitemap as { loc: string }[]).flatMap(({ loc }) => {
		const sitemap = parser.parse(readFileSync(join(dist, new URL(loc).pathname), 'utf8'));
		return (sitemap.urlset.url as { loc: string }[]).map((url) => url.loc);
	});
}

/** What a `<script>` runs: its text, or the built file it loads from this site (empty for another site's). */
function scriptSource(dist: string, pageUrl: URL, page: ParsedPage, script: Element): string {
	const src = page.attr(script, 'src');
	if (src === undefined) return rawText(script);
	const address = new URL(src, pageUrl);
	const file = join(dist, decodeURIComponent(address.pathname));
	return address.origin === pageUrl.origin && existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** A built page, parsed. */
const readParsed = (dist: string, page: string) => parsePage(readFileSync(join(dist, page), 'utf8'));

/** The site path of a built page: `blog/index.html` → `/blog/`. */
const pagePath = (page: string) => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

describe('a new co-op’s site from the template, as first published: config filled in, search and feeds off, no glossary', () => {
	const dir = join(ROOT, '.build', 'sites', `blank-site-${process.pid}`);
	let config: string;
	let checked: ScriptResult;
	let built: ScriptResult;
	let dist: string;
	let pages: string[];

	beforeAll(() => {
		rmSync(dir, { recursive: true, force: true });
		writeSite(dir, ASKED);
		// The template keeps no glossary: the site is built without one.
		expect(existsSync(join(dir, 'content', 'glossary.yaml'))).toBe(false);
		// This repository's node_modules, as copyProject links them: `sharing-care` is this repository's kit.
		symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');

		const file = join(dir, 'site.config.ts');
		config = fillSiteConfig(readFileSync(file, 'utf8'), FILLED);
		for (const [from, to] of [
			['\t\tsearch: true,\n', '\t\tsearch: false,\n'],
			['\t\tfeeds: true,\n', '\t\tfeeds: false,\n'],
			// No contact details (the template leaves them all commented out), but a page elsewhere.
			['\tsocial: [],\n', `\tsocial: [{ label: '${SOCIAL.label}', href: '${SOCIAL.href}' }],\n`],
		] as const) {
			expect(config).toContain(from);
			config = config.replace(from, to);
		}
		writeFileSync(file, config);

		writeFileSync(
			join(dir, 'content', `${OWN_POST.path.slice(0, -1)}.md`),
			[
				'---',
				`title: ${OWN_POST.title}`,
				'summary: The first post from the co-op on the hill, about how it began.',
				'date: 2025-03-01',
				'topics: [co-production]',
				'category: news',
				'draft: false',
				'---',
				'',
				`We started the co-op on the hill in the spring. Only this post mentions the ${OWN_POST.word}.`,
				'',
			].join('\n'),
		);

		checked = runScript(dir, 'check');
		built = runScript(dir, 'build');
		if (built.code !== 0) throw new Error(`The new site's build failed (exit ${built.code}):\n${built.output}`);
		dist = join(dir, 'dist');
		pages = listFiles(dist, '.html');
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('starts from a config with every placeholder filled in, search and feeds off, a page elsewhere and no contact details', () => {
		const settings = config.split('\n').filter((line) => !/^\s*(\/\/|\/?\*)/.test(line));
		expect(settings.filter((line) => line.includes(PLACEHOLDER_MARK))).toEqual([]);
		for (const value of [...Object.values(ASKED), ...Object.values(FILLED)]) expect(config).toContain(`'${value}'`);
		expect(settings).toContain('\t\tsearch: false,');
		expect(settings).toContain('\t\tfeeds: false,');
		expect(settings.join('\n')).toMatch(/^\tcontact: \{\n\t\},$/m);
	});

	it('has no glossary, as the template has none', () => {
		expect(existsSync(join(TEMPLATE_DIR, 'content', 'glossary.yaml'))).toBe(false);
		expect(existsSync(join(dir, 'content', 'glossary.yaml'))).toBe(false);
	});

	it('passes npm run check with nothing to say on stderr', () => {
		expect(checked.stderr).toBe('');
		expect(checked.code).toBe(0);
	});

	it('builds without a warning about the missing glossary', () => {
		const warnings = built.output.split('\n').filter((line) => /glossary/i.test(line) && /warn|empty|missing|does not exist|not found|no files/i.test(line));
		expect(warnings).toEqual([]);
	});

	it('builds a site of its own: its title and introduction on the home page', () => {
		const home = readPage(dist, '/');
		expect(elementsNamed(home, 'title').map((title) => title.text)).toEqual([`${ASKED.name}: ${FILLED.tagline}`]);
		expect(htmlToText(home)).toContain(FILLED.introduction);
	});

	it('publishes none of the template’s example drafts', () => {
		const drafts = exampleDrafts();
		expect(drafts.length).toBeGreaterThanOrEqual(5);
		for (const draft of drafts) expect(draft.draft, draft.file).toBe(true);
		expect(listFiles(dist).filter((file) => /(^|\/)example-/.test(file))).toEqual([]);
		const words = drafts.flatMap((draft) => [draft.title, draft.summary]);
		const left = pages.flatMap((page) => {
			const text = htmlToText(readFileSync(join(dist, page), 'utf8'));
			return words.filter((word) => text.includes(word)).map((word) => `${page}: "${word}"`);
		});
		expect(left).toEqual([]);
	});

	it('publishes its own post, and lists it on the blog', () => {
		const post = htmlToText(readPage(dist, OWN_POST.path));
		expect(post).toContain(OWN_POST.title);
		expect(post).toContain(OWN_POST.word);
		expect(htmlToText(readPage(dist, 'blog/'))).toContain(OWN_POST.title);
		expect(elementsNamed(readPage(dist, 'blog/'), 'a').map((link) => link.attributes.href)).toContain(`/${OWN_POST.path}`);
	});

	it('has none of the example co-op’s words in any page', () => {
		const words = exampleCoopWords();
		expect(words.length).toBeGreaterThan(20);
		const left = pages.flatMap((page) => {
			const text = htmlToText(readFileSync(join(dist, page), 'utf8')).toLowerCase();
			return words.filter((word) => text.includes(word.toLowerCase())).map((word) => `${page}: "${word}"`);
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
		expect(files.filter((file) => /(^|\/)(rss\.xml|feed\.css)$/.test(file))).toEqual([]);
		expect(files).not.toContain('subscribe/index.html');
	});

	it('offers no feed for autodiscovery on any page', () => {
		expect(pages.length).toBeGreaterThan(10);
		const offered = pages.flatMap((page) => {
			const parsed = readParsed(dist, page);
			return parsed
				.selectAll('[type]')
				.filter((element) => parsed.attr(element, 'type')!.toLowerCase() === 'application/rss+xml')
				.map((element) => `${page}: <${element.tagName}> ${parsed.attr(element, 'href') ?? ''}`);
		});
		expect(offered).toEqual([]);
	});

	it('leaves the subscribe page out of the sitemap but keeps the rest of discovery', () => {
		const locations = sitemapLocations(dist);
		expect(locations).toContain(`${ASKED.url}/blog/`);
		expect(locations).toContain(`${ASKED.url}/${OWN_POST.path}`);
		expect(locations.filter((location) => new URL(location).pathname.startsWith('/subscribe/'))).toEqual([]);
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8').split('\n')).toContain(`Sitemap: ${ASKED.url}/sitemap-index.xml`);
		expect(listFiles(dist)).toContain('share-image.png');
	});

	it('points readers to its page elsewhere on the accessibility statement, with no email links and no search caveat', () => {
		const statement = readPage(dist, 'accessibility/');
		const text = htmlToText(statement);
		expect(text).toContain(
			`We have not published an email address, phone number or postal address on this website, so please contact us through our pages elsewhere: ${SOCIAL.label}`,
		);
		const links = elementsNamed(statement, 'a');
		expect(links.filter((link) => link.attributes.href === SOCIAL.href).map((link) => link.text)).toContain(SOCIAL.label);
		expect(links.filter((link) => link.attributes.href?.toLowerCase().startsWith('mailto:'))).toEqual([]);
		expect(statement).not.toContain('mailto:');
		expect(text).toContain('use every page without JavaScript');
		expect(text).not.toContain('Search needs JavaScript');
	});

	it('has no glossary page, no page links to one, and the sitemap lists none', () => {
		expect(pages).not.toContain('glossary/index.html');
		const links = pages.flatMap((page) =>
			readParsed(dist, page)
				.selectAll('*')
				.flatMap(urlsOf)
				.filter(({ url }) => new URL(url, `${ASKED.url}${pagePath(page)}`).pathname.startsWith('/glossary/'))
				.map(({ url }) => `${page}: ${url}`),
		);
		expect(links).toEqual([]);
		expect(pages.filter((page) => readFileSync(join(dist, page), 'utf8').includes('/glossary/'))).toEqual([]);
		expect(sitemapLocations(dist).filter((location) => new URL(location).pathname.startsWith('/glossary/'))).toEqual([]);
	});

	it('builds no search page or index, and loads no search code on any page', () => {
		const files = listFiles(dist);
		expect(files.filter((file) => file.startsWith('pagefind/'))).toEqual([]);
		expect(files).not.toContain('search/index.html');
		const search = pages.flatMap((page) => {
			const parsed = readParsed(dist, page);
			const pageUrl = new URL(pagePath(page), ASKED.url);
			return parsed
				.selectAll('*')
				.filter(
					(element) =>
						// A search form, or a link to a search page.
						parsed.attr(element, 'role') === 'search' ||
						urlsOf(element).some(({ url }) => new URL(url, pageUrl).pathname.startsWith('/search/')) ||
						// The search bundle's address, in any attribute (the search box is given it in one of its own).
						Object.values(parsed.attributes(element)).some((value) => value.includes('pagefind')) ||
						// A script that loads the search, written in the page or in a file it loads.
						(element.tagName === 'script' && scriptSource(dist, pageUrl, parsed, element).includes('pagefind')),
				)
				.map((element) => `${page}: <${element.tagName} ${JSON.stringify(parsed.attributes(element))}>`);
		});
		expect(search).toEqual([]);
		expect(pages.filter((page) => readFileSync(join(dist, page), 'utf8').includes('pagefind/'))).toEqual([]);
	});
});
