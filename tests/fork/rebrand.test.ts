import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultConfig from '../../site.config.ts';
import { checkLinks } from '../../scripts/check-links.ts';
import type { SiteConfigInput } from '../../src/config/schema.ts';
import { launchBrowser } from '../support/browser.ts';
import { copyProject } from '../support/project-copy.ts';
import { EDITOR_PAGE } from '../../src/editor/editor-files.ts';
import { decodeEntities, htmlToText, listFiles, readPage } from '../support/read-dist.ts';
import { runScript } from '../support/run-script.ts';
import { serveDist } from '../support/serve-dist.ts';
import { brandStrings, chromeOf, mainOf, writeSiteConfig } from './fork-site.ts';

/** Another co-op's config: every brand value differs from the default one. */
const FORK: SiteConfigInput = {
	name: 'Riverside Care Co-operative',
	shortName: 'Riverside Care',
	tagline: 'Notes from a care co-op by the river, for anyone starting one.',
	introduction: 'Riverside Care Co-operative is owned by its carers and the people they support.\n\nStart with the reports.',
	// Both are overridden at build time below, as a host's build would.
	url: 'https://config.example.net',
	basePath: '/',
	footerText: 'Riverside Care Co-operative Ltd, registered society number 99999.',
	contact: { email: 'hello@riverside.example.org', phone: '01632 960000', address: '1 Mill Lane, Riverside' },
	social: [{ label: 'Mastodon', href: 'https://social.example.org/@riversidecare' }],
	navigation: [{ label: 'Our main website', href: 'https://www.riverside.example.org/' }],
	colours: { brand: '#5a2d82', onBrand: '#ffffff', text: '#1a1a2e', muted: '#4a4a5e', background: '#fffdf7', surface: '#f4f0fa', focus: '#ffbf47' },
};
const ENV = { SITE_URL: 'https://riverside.example.org', BASE_PATH: '/coop-kit/' };
const ORIGIN = 'https://riverside.example.org';
const BASE = '/coop-kit/';
const HOME = `${ORIGIN}${BASE}`;

/** The default config's own words: none may be left in the fork's chrome. */
const DEFAULT_STRINGS = brandStrings(defaultConfig);

/** A post of the fork's own, linking from the site root in Markdown, a reference link and raw HTML. */
const MARKDOWN_POST = `---
title: Linking across the site
summary: A post written by the fork, with links from the site root.
date: 2024-05-01
topics: [co-production]
---

Read about [co-production](/topics/co-production/) and [all the reports](/reports/), or meet [the people][people].

<p>Or go <a href="/blog/">to the blog</a> directly.</p>

![The site's icon](/icon.svg)

Only this post mentions the kingfisherlantern.

[people]: /people/
`;

/** The same in MDX, with an HTML tag that MDX reads as JSX. */
const MDX_POST = `---
title: Linking from MDX
summary: An MDX post written by the fork, with links from the site root.
date: 2024-05-02
topics: [co-production]
---

See [every topic](/topics/) and <a href="/organisations/">the organisations</a>.
`;

let dir: string;
let dist: string;
let pages: string[];

beforeAll(() => {
	dir = copyProject(`fork-rebrand-${process.pid}`, { fixtures: false });
	writeSiteConfig(dir, FORK);
	writeFileSync(join(dir, 'content/blog/linking-across-the-site.md'), MARKDOWN_POST);
	writeFileSync(join(dir, 'content/blog/linking-from-mdx.mdx'), MDX_POST);
	const result = runScript(dir, 'build', [], ENV);
	if (result.code !== 0) throw new Error(`The fork's build failed:\n${result.output}`);
	dist = join(dir, 'dist');
	// The web editor's page is a tool with no site header or footer (tests/editor/).
	pages = listFiles(dist, '.html').filter((file) => !file.startsWith('pagefind/') && file !== EDITOR_PAGE);
}, 600_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a fork with its own config, built under a base path', () => {
	it('leaves none of the default config’s words in any page’s head, header or footer', () => {
		expect(pages.length).toBeGreaterThan(20);
		const left: string[] = [];
		for (const file of pages) {
			const chrome = chromeOf(readFileSync(join(dist, file), 'utf8'));
			expect(chrome.head, file).toContain('property="og:site_name"');
			for (const [part, html] of Object.entries(chrome)) {
				const text = decodeEntities(html);
				for (const word of DEFAULT_STRINGS) if (text.includes(word)) left.push(`${file} ${part}: "${word}"`);
			}
		}
		expect(left).toEqual([]);
	});

	it('shows the fork’s name, footer text and contact details on every page', () => {
		for (const file of pages) {
			const { header, footer } = chromeOf(readFileSync(join(dist, file), 'utf8'));
			expect(htmlToText(header), file).toContain(FORK.name);
			const footerText = htmlToText(footer);
			for (const words of [FORK.footerText, FORK.contact!.email!, FORK.contact!.phone!, 'Mastodon']) expect(footerText, file).toContain(words);
		}
	});

	it('titles every page with the fork’s name, and the home page with its tagline', () => {
		for (const file of pages) {
			const html = readFileSync(join(dist, file), 'utf8');
			const title = decodeEntities(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
			if (file === 'index.html') expect(title).toBe(`${FORK.name}: ${FORK.tagline}`);
			else expect(title, file).toMatch(new RegExp(` \\| ${FORK.name}$`));
			expect(html, file).toContain(`<meta property="og:site_name" content="${FORK.name}">`);
		}
		const home = readPage(dist, '/');
		expect(home).toContain(`<link rel="canonical" href="${HOME}">`);
		expect(htmlToText(mainOf(home))).toContain('Riverside Care Co-operative is owned by its carers');
	});

	it('keeps the content’s own words, even where they name the default co-op', () => {
		const audit = htmlToText(mainOf(readPage(dist, 'audits/community-audit-small-care-providers-2021/')));
		expect(audit).toContain("Reflection from Co-operative Care Colne Valley's point of view");
		const report = htmlToText(mainOf(readPage(dist, 'reports/cccv-final-learning-report-2022/')));
		expect(report).toContain('We would like to share the updates about the final leg of our learning project journey');
	});

	it('puts links written from the site root in Markdown and MDX content under the base path', () => {
		const markdown = mainOf(readPage(dist, 'blog/linking-across-the-site/'));
		expect(markdown).toContain('href="/coop-kit/topics/co-production/"');
		expect(markdown).toContain('href="/coop-kit/reports/"');
		expect(markdown).toContain('href="/coop-kit/people/"');
		expect(markdown).toContain('href="/coop-kit/blog/"');
		expect(markdown).toMatch(/<img [^>]*src="\/coop-kit\/icon\.svg"/);
		const mdx = mainOf(readPage(dist, 'blog/linking-from-mdx/'));
		expect(mdx).toContain('href="/coop-kit/topics/"');
		expect(mdx).toContain('href="/coop-kit/organisations/"');
	});

	it('has every internal link of every page, sitemap and feed lead to a built file under the base path', () => {
		// Links only, not whether each page can be reached (the whole-site link check covers that).
		const broken = checkLinks(dist, { origin: ORIGIN, base: BASE }).filter((finding) => finding.link);
		expect(broken).toEqual([]);
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		expect(locations.length).toBeGreaterThan(20);
		expect(locations.filter((location) => !location.startsWith(HOME))).toEqual([]);
	});

	it('colours the site and names the web manifest from the fork’s config', () => {
		const theme = readFileSync(join(dist, 'theme.css'), 'utf8');
		for (const colour of Object.values(FORK.colours!)) expect(theme).toContain(colour);
		const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
		expect(manifest).toMatchObject({ name: FORK.name, short_name: FORK.shortName, start_url: BASE, scope: BASE, theme_color: FORK.colours!.brand });
		for (const icon of manifest.icons as { src: string }[]) expect(readFileSync(join(dist, icon.src.slice(BASE.length)), 'utf8')).toContain(`fill="${FORK.colours!.brand}"`);
		expect(readPage(dist, '/')).toContain(`<link rel="icon" href="${BASE}icon.svg" type="image/svg+xml">`);
		expect(Object.values(manifest).join(' ')).not.toContain(defaultConfig.name);
	});

	// The feeds are another part of the kit: checked whenever the build has them.
	it('titles the feeds with the fork’s name and links them under the base path', () => {
		const feeds = listFiles(dist).filter((file) => file.endsWith('rss.xml'));
		if (!existsSync(join(dist, 'rss.xml'))) return expect(feeds).toEqual([]);
		for (const file of feeds) {
			const xml = readFileSync(join(dist, file), 'utf8');
			const channel = xml.slice(0, xml.search(/<item>|<\/channel>/));
			expect(decodeEntities(/<title>([^<]*)<\/title>/.exec(channel)?.[1] ?? ''), file).toContain(FORK.name);
			for (const word of DEFAULT_STRINGS) expect(decodeEntities(channel), file).not.toContain(word);
			const links = [...xml.matchAll(/<(?:link|guid)[^>]*>([^<]+)<\/(?:link|guid)>/g)].map((match) => match[1]!);
			expect(links.filter((link) => !link.startsWith(HOME)), file).toEqual([]);
		}
		expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain(`<link>${HOME}blog/linking-across-the-site/</link>`);
	});

	// Search is another part of the kit: checked whenever the build has its index.
	it('finds the fork’s own post with search, and its result opens under the base path', async () => {
		if (!existsSync(join(dist, 'pagefind'))) return;
		let browser: Browser | undefined;
		const served = await serveDist(dist, BASE);
		try {
			browser = await launchBrowser();
			const page = await browser.newPage();
			await page.goto(`${served.url}search/?q=kingfisherlantern`);
			const result = page.locator(`main a[href$="${BASE}blog/linking-across-the-site/"]`).first();
			await result.waitFor({ timeout: 20_000 });
			await result.click();
			await page.waitForURL(`${served.url}blog/linking-across-the-site/`);
			expect(await page.title()).toBe(`Linking across the site | ${FORK.name}`);
		} finally {
			await browser?.close();
			await served.close();
		}
	});
});
