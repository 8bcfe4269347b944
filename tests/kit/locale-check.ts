import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseAstro } from '@astrojs/compiler-rs';
import type { Element, RootContent } from 'hast';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS } from '../../packages/sharing-care/src/data/collection-info.ts';
import type { SiteConfig } from '../../packages/sharing-care/src/config/schema.ts';
import { formatDate } from '../../packages/sharing-care/src/lib/dates/format-date.ts';
import { parsePage, type ParsedPage } from '../support/parse-page.ts';
import { CLOSE, OPEN } from './use-test-locale.ts';

/** What the check found on a site built with the test locale. */
export interface LocaleReport {
	/** How many HTML pages were read. */
	pages: number;
	/** UI text outside the marks: `page: text`. */
	untranslated: string[];
	/** Dates not written the way the locale writes them: `page: text (expected …)`. */
	dates: string[];
	/** How many dates with a day were checked (British English and the test locale write those differently). */
	dayDates: number;
	/** How many sets of minutes had their record (present, decisions, actions) checked apart from their text. */
	minutesRecords: number;
	/** Numbers not written the way the locale writes them: `page: text (expected …)`. */
	numbers: string[];
	/** The strings the search page hands to the browser that are not the locale's. */
	browserStrings: string[];
}

/** Attributes whose words people read or hear: checked like text. */
const VISIBLE_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder'];
/** Meta tags whose words appear in search engines and link previews. */
const VISIBLE_META = new Set([
	'description',
	'og:title',
	'og:description',
	'og:site_name',
	'og:image:alt',
	'twitter:title',
	'twitter:description',
	'twitter:image:alt',
]);
/** Elements inside a line of text: any others start a new line, so each line is checked apart. */
const INLINE = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'mark', 'small', 'span', 'strong', 'sub', 'sup', 'time']);
/** Stands in for an entry's own text, and for a date, in the text of a page. */
const CONTENT = '\u0001';
const DATE = '\u0002';

/** Text compared without regard to case, spacing or the kind of quote marks. */
const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const stripMarks = (text: string) => text.replaceAll(OPEN, '').replaceAll(CLOSE, '');
const classes = (page: ParsedPage, element: Element) => (page.attr(element, 'class') ?? '').split(' ');
/** An element's children; a `<template>`'s are in its content, which the page shows once a script copies it. */
const childrenOf = (element: Element): RootContent[] => (element.tagName === 'template' && element.content ? element.content.children : element.children);

/**
 * Every string the site's content and config give it: entry frontmatter, reference data, the site config and the
 * collections' names and descriptions (declared in English by the kit, outside the strings table). Text made of
 * these is the site's own, not UI text, and stays as written in any locale.
 */
export function readDataStrings(projectDir: string, config: SiteConfig, extra: readonly string[] = []): string[] {
	const found: string[] = [];
	const collect = (value: unknown): void => {
		if (typeof value === 'string') found.push(value, ...value.split(/\n\s*\n/));
		else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(collect);
	};
	const content = join(projectDir, 'content');
	/** A glossary term's other forms are words readers see on the glossary page, however short ("co-produced"). */
	const forms: string[] = [];
	for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
		const source = /\.(ya?ml|mdx?)$/.test(file) ? readFileSync(join(content, file), 'utf8') : undefined;
		if (source === undefined) continue;
		if (/\.ya?ml$/.test(file)) collect(parseYaml(source));
		else collect(parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? ''));
		if (file === 'glossary.yaml') forms.push(...((parseYaml(source) ?? []) as { aliases?: string[] }[]).flatMap((term) => term.aliases ?? []));
	}
	collect(config);
	for (const collection of COLLECTIONS) collect([collection.label, collection.singular, collection.description]);
	// A lone lower-case word is an id or a keyword (`status: done`, `meetingType: board`), not words a reader sees:
	// counting it as content would hide UI text such as "Done".
	return [...found.filter((text) => !/^[a-z0-9._/-]*$/.test(text.trim())), ...forms, ...extra];
}

/** The dates a `datetime` value can be written as, most exact first. */
function datePrecisions(datetime: string): ('day' | 'month' | 'year')[] {
	if (/^\d{4}-\d{2}-\d{2}/.test(datetime)) return ['day'];
	if (/^\d{4}-\d{2}$/.test(datetime)) return ['month'];
	return ['year'];
}

interface PageFindings {
	/** The page's text, line by line, with entries' own text and dates stood in for. */
	lines: string[];
	/** Headings in the entry's own text: the contents list repeats them. */
	contentHeadings: string[];
	dates: string[];
	dayDates: number;
	minutesRecords: number;
}

/** Reads one built page: its visible text and attributes, with the entry's own text left out and each date checked. */
function readPage(page: ParsedPage, locale: string, config: SiteConfig): PageFindings {
	const findings: PageFindings = { lines: [], contentHeadings: [], dates: [], dayDates: 0, minutesRecords: 0 };
	let line = '';
	let metaDate: string | undefined;
	const endLine = () => {
		if (line) findings.lines.push(line);
		line = '';
	};
	const checkDate = (element: Element, datetime: string, precisions: ('day' | 'month' | 'year')[]) => {
		const text = page.text(element);
		const date = new Date(`${datetime.length === 4 ? `${datetime}-01-01` : datetime.length === 7 ? `${datetime}-01` : datetime.slice(0, 10)}T00:00:00Z`);
		const written = precisions.map((precision) => formatDate(date, { locale, format: config.dateFormat, precision }));
		const match = written.find((candidate) => stripMarks(text).includes(candidate));
		if (!match) {
			findings.dates.push(`${text} (expected ${written.join(' or ')})`);
			return;
		}
		if (precisions[0] === 'day' && precisions.length === 1) findings.dayDates += 1;
		line += text.replace(match, DATE);
	};
	/** `inEntry`: inside an entry's article, the one element Pagefind indexes. */
	const visit = (node: RootContent, inContent: boolean, inEntry: boolean): void => {
		if (node.type === 'text') {
			if (!inContent) line += node.value;
			return;
		}
		if (node.type !== 'element') return;
		const element = node;
		if (element.tagName === 'script' || element.tagName === 'style') return;
		const attributes = page.attributes(element);
		// The entry's own text (its Markdown body) is content, in whatever language it was written. On minutes,
		// the record around the text (present, decisions, actions, approval) is the kit's, and is checked.
		const entryText = !inContent && element.tagName === 'div' && classes(page, element).includes('prose') && inEntry;
		if (entryText) {
			endLine();
			line += CONTENT;
			const record = element.children.find((child): child is Element => child.type === 'element' && classes(page, child).includes('minutes'));
			const parts = record ? record.children : element.children;
			if (record) findings.minutesRecords += 1;
			for (const child of parts) {
				const kit =
					record &&
					child.type === 'element' &&
					(child.tagName === 'section' ? page.attr(child, 'aria-labelledby') !== undefined : classes(page, child).includes('approval'));
				if (kit) visit(child, false, inEntry);
				else collectHeadings(page, child, findings.contentHeadings);
			}
			endLine();
			return;
		}
		if (inContent) return;
		for (const name of VISIBLE_ATTRIBUTES) if (attributes[name]) findings.lines.push(attributes[name]);
		if ((element.tagName === 'button' || (element.tagName === 'input' && /^(submit|button|reset)$/.test(attributes.type ?? ''))) && attributes.value)
			findings.lines.push(attributes.value);
		if (element.tagName === 'meta' && VISIBLE_META.has(attributes.name ?? attributes.property ?? '') && attributes.content)
			findings.lines.push(attributes.content);
		// Pagefind's filter values and sort keys are ids and ISO dates it reads, never shown to readers.
		if ('data-pagefind-filter' in attributes || 'data-pagefind-sort' in attributes) return;
		if (attributes['data-pagefind-meta'] === 'date') return void (metaDate = page.text(element));
		if (element.tagName === 'time' && attributes.datetime) return checkDate(element, attributes.datetime, datePrecisions(attributes.datetime));
		if (attributes['data-pagefind-meta'] === 'published' && metaDate) return checkDate(element, metaDate, ['day', 'month', 'year']);
		const block = !INLINE.has(element.tagName);
		const entry = inEntry || (element.tagName === 'article' && 'data-pagefind-body' in attributes);
		if (block) endLine();
		for (const child of childrenOf(element)) visit(child, false, entry);
		if (block) endLine();
	};
	for (const child of page.root.children) visit(child, false, false);
	endLine();
	return findings;
}

function collectHeadings(page: ParsedPage, node: RootContent, into: string[]): void {
	if (node.type !== 'element') return;
	if (/^h[1-6]$/.test(node.tagName)) into.push(page.text(node));
	else for (const child of node.children) collectHeadings(page, child, into);
}

/**
 * The parts of a line that are not inside the marks, after the site's own strings (content, config) are taken
 * out: anything with a letter left is UI text the locale did not replace. Also says if the marks do not pair up.
 */
export function unmarkedText(line: string, dataStrings: readonly string[]): string[] {
	let depth = 0;
	let bare = '';
	for (const character of line) {
		if (character === OPEN) depth += 1;
		else if (character === CLOSE) depth -= 1;
		else if (depth === 0) bare += character;
		if (depth < 0) return [`unpaired ${CLOSE} in: ${line}`];
	}
	if (depth !== 0) return [`unpaired ${OPEN} in: ${line}`];
	return bare
		.split(/[\u0001\u0002\n]/)
		.map((chunk) => dataStrings.reduce((rest, data) => rest.split(data).join('\u0003'), normalise(chunk)))
		.filter((rest) => /\p{L}/u.test(rest))
		.map((rest) => rest.replaceAll('\u0003', '…'));
}

/** Reads every page of a site built with the test locale and reports UI text, dates and numbers not in that locale. */
/**
 * `extra`: names the project copy declares beyond this project's own (the labels of a collection it adds), which
 * come from the copy's code rather than its content.
 */
export function checkLocalePages(dist: string, projectDir: string, config: SiteConfig, extra: readonly string[] = []): LocaleReport {
	const dataStrings = readDataStrings(projectDir, config, extra);
	const report: LocaleReport = { pages: 0, untranslated: [], dates: [], dayDates: 0, minutesRecords: 0, numbers: [], browserStrings: [] };
	const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
	const numbers = new Intl.NumberFormat(config.locale);
	for (const page of pages.sort()) {
		const parsed = parsePage(readFileSync(join(dist, page), 'utf8'));
		const findings = readPage(parsed, config.locale, config);
		report.pages += 1;
		report.dayDates += findings.dayDates;
		report.minutesRecords += findings.minutesRecords;
		report.dates.push(...findings.dates.map((problem) => `${page}: ${problem}`));
		// Longest first, so a name is taken out whole before any shorter name inside it.
		const known = [...new Set([...dataStrings, ...findings.contentHeadings].map(normalise))]
			.filter((data) => data.length > 1)
			.sort((a, b) => b.length - a.length);
		for (const line of findings.lines) report.untranslated.push(...unmarkedText(line, known).map((text) => `${page}: ${text}`));
		// The search page's filter counts, and the words it hands to the browser.
		for (const element of parsed.selectAll('[data-count][data-total]:not([data-total=""])')) {
			const expected = `(${numbers.format(Number(parsed.attr(element, 'data-total')))})`;
			if (parsed.text(element) !== expected) report.numbers.push(`${page}: ${parsed.text(element)} (expected ${expected})`);
		}
		for (const element of parsed.selectAll('[data-strings]')) {
			const leaves: string[] = [];
			const collect = (value: unknown): void => {
				if (typeof value === 'string') leaves.push(value);
				else if (value && typeof value === 'object') Object.values(value).forEach(collect);
			};
			collect(JSON.parse(parsed.attr(element, 'data-strings')!));
			report.browserStrings.push(...leaves.filter((leaf) => !leaf.startsWith(OPEN) || !leaf.endsWith(CLOSE)).map((leaf) => `${page}: ${leaf}`));
		}
	}
	return report;
}

/** Attributes and component props whose literal values people read or hear. */
const WORDED_ATTRIBUTES = new Set([...VISIBLE_ATTRIBUTES, 'label', 'heading', 'description', 'empty', 'dueLabel', 'text']);
/** Words in a string in code: a capitalised word, or two words with a space between. */
const WORDS = /\p{Lu}\p{Ll}+|\p{L}{2,}\s+\p{L}{2,}/u;

/**
 * Words written into the templates (src/components, src/layouts, src/pages) instead of taken from the strings
 * table, found by Astro's own parser: template text, worded attributes, and strings in code that read as words.
 * This covers every branch of every template, including those the test build does not show (search or feeds
 * switched off, no minutes yet). Messages thrown to developers are left out.
 */
export function findTemplateWords(root: string): string[] {
	const found: string[] = [];
	const folders = ['src/components', 'src/layouts', 'src/routes'];
	for (const folder of folders) {
		for (const file of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.astro'))) {
			const path = `${folder}/${file}`;
			const { ast } = parseAstro(readFileSync(join(root, path), 'utf8'));
			const visit = (node: unknown, inAttribute: boolean): void => {
				if (Array.isArray(node)) return node.forEach((child) => visit(child, inAttribute));
				if (!node || typeof node !== 'object') return;
				const current = node as Record<string, unknown> & { type?: string };
				if (current.type === 'JSXElement') {
					const name = ((current.openingElement as { name?: { name?: string } })?.name?.name ?? '') as string;
					if (name === 'style' || name === 'script') return;
				}
				if (current.type === 'ImportDeclaration' || current.type === 'ThrowStatement') return;
				if (current.type === 'JSXText' && /\p{L}/u.test(String(current.value))) found.push(`${path}: text "${String(current.value).trim()}"`);
				if (current.type === 'JSXAttribute') {
					const name = (current.name as { name?: string })?.name ?? '';
					const value = current.value as { type?: string; value?: unknown } | null;
					if (value?.type === 'Literal' && WORDED_ATTRIBUTES.has(name) && /\p{L}/u.test(String(value.value)))
						found.push(`${path}: ${name}="${String(value.value)}"`);
					return visit(current.value, true);
				}
				if (!inAttribute && current.type === 'Literal' && typeof current.value === 'string' && WORDS.test(current.value))
					found.push(`${path}: '${current.value}'`);
				if (current.type === 'TemplateElement') {
					const text = (current.value as { cooked?: string })?.cooked ?? '';
					if (WORDS.test(text)) found.push(`${path}: \`${text}\``);
				}
				for (const [key, child] of Object.entries(current))
					if (key !== 'type' && key !== 'parent') visit(child, inAttribute && current.type !== 'JSXExpressionContainer');
			};
			visit(ast, false);
		}
	}
	return found;
}
