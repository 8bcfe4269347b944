import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { ENTRY_COLLECTIONS } from '../collections/index.ts';
import { listSiteFiles } from './list-site-files.ts';

export interface IndexOptions {
	/** The site's language tag (`en-GB`); Pagefind stems words by its primary language. */
	locale: string;
}

/** The folder of the built site that holds the search bundle; the search page loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The folders of the pages search finds by their names, besides the entries: each organisation, person and topic. */
const NAMED_PAGES = ['organisations', 'people', 'topics'] as const;

/** The folders whose pages Pagefind reads: the entry collections' and NAMED_PAGES. */
const INDEXED_FOLDERS: ReadonlySet<string> = new Set([...ENTRY_COLLECTIONS, ...NAMED_PAGES]);

/** The pages Pagefind reads: the pages in INDEXED_FOLDERS. */
const INDEXED_PAGES = `{${[...INDEXED_FOLDERS].join(',')}}/**/*.html`;

/** Whether Pagefind reads a built page, by its file's path in the site (`blog/first-post/index.html`). */
export function isIndexedPage(file: string): boolean {
	return file.endsWith('.html') && INDEXED_FOLDERS.has(file.split('/')[0]!);
}

/** What a written Pagefind bundle's `pagefind-entry.json` says of each language's index. */
interface IndexedLanguage {
	/** Names the language's page list, `pagefind.<hash>.pf_meta`, and changes whenever the index does. */
	hash: string;
	/** Names the WebAssembly that searches it, `wasm.<wasm>.pagefind`. */
	wasm: string;
	page_count: number;
}

/** The languages of a written Pagefind bundle, from its `pagefind-entry.json`. */
function readIndexedLanguages(bundleDir: string): Record<string, IndexedLanguage> {
	return (JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, IndexedLanguage> }).languages;
}

/** The language Pagefind indexes a site in, by which it stems words: the primary language of its tag (`en-GB` → `en`). */
export function indexLanguageOf(locale: string): string {
	return locale.split('-')[0]!.toLowerCase();
}

/** The number of pages in a written Pagefind bundle, from its `pagefind-entry.json`. */
export function readIndexedPageCount(bundleDir: string): number {
	return Object.values(readIndexedLanguages(bundleDir)).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The index of a written Pagefind bundle for a site in `locale`: the names of its page list and WebAssembly;
 * undefined when it indexed no page (a new site with no entries yet).
 */
export function readIndexedLanguage(bundleDir: string, locale: string): Pick<IndexedLanguage, 'hash' | 'wasm'> | undefined {
	const language = readIndexedLanguages(bundleDir)[indexLanguageOf(locale)];
	return language && { hash: language.hash, wasm: language.wasm };
}

/** A Pagefind index being built, in a process of its own. */
export interface Indexing {
	/** Waits for the index to be written into `<site>/pagefind/`. Resolves with the number of pages indexed. */
	finish(): Promise<number>;
}

/**
 * Starts the Pagefind index of a built site: resolves as soon as Pagefind, in a process of its own, has been asked to
 * read the pages (it then writes the bundle without waiting for the caller), so the caller can do other work
 * meanwhile. Only the pages of entries, organisations, people and topics are read (INDEXED_PAGES), and of those only
 * the parts marked `data-pagefind-body`, so lists, the home page and the search page stay out even on a site with no
 * entries yet.
 */
export async function startIndexing(siteDir: string, { locale = 'en' }: Partial<IndexOptions> = {}): Promise<Indexing> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: indexLanguageOf(locale) });
	if (!index) {
		await pagefind.close();
		throw new Error(errors.join('; '));
	}
	const written = (async () => {
		try {
			const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
			if (added.errors.length) throw new Error(added.errors.join('; '));
			const bundleDir = join(siteDir, SEARCH_BUNDLE_DIR);
			const files = await index.writeFiles({ outputPath: bundleDir });
			if (files.errors.length) throw new Error(files.errors.join('; '));
			return readIndexedPageCount(bundleDir);
		} finally {
			await pagefind.close();
		}
	})();
	// Awaited in finish(); a caller that fails before then must not crash on this.
	written.catch(() => undefined);
	return { finish: () => written };
}

/** Builds the Pagefind index of a built site into `<site>/pagefind/` (`startIndexing`, then `finish`). Returns the number of pages indexed. */
export async function indexSite(siteDir: string, options: Partial<IndexOptions> = {}): Promise<number> {
	return (await startIndexing(siteDir, options)).finish();
}

/** How many pages go to Pagefind at once while the site's pages are still being built. */
export const PAGES_PER_BATCH = 250;

/** A Pagefind index fed page by page as the pages are built (`indexAsBuilt`). */
export interface PageByPageIndexing {
	/** Gives Pagefind a built page: its file's path in the site and its HTML. Pages that are not indexed are left out. */
	add(file: string, html: Uint8Array): void;
	/** Gives Pagefind the pages still to come, then writes the index into `<site>/pagefind/`. Resolves with the number of pages indexed. */
	finish(): Promise<number>;
	/** How many indexed pages came through `add`, as they were built. */
	readonly givenAsBuilt: number;
}

/**
 * A Pagefind index fed while the site is built, so Pagefind reads the pages on the other core while Astro renders
 * the rest, rather than all of them once the last is written. `pages` are the site's pages in the order Astro was
 * asked to build them; the indexed ones fall into batches of PAGES_PER_BATCH in that order. Each page Astro renders
 * is copied, as it is, into its batch's folder under `copies` (laid out as the site is, so each page keeps its
 * address), and Pagefind reads a batch once every page of it has come and the batches before it have been read: the
 * pages are numbered in the same order in every build of the same site, whatever order they are rendered in.
 * `finish` gives Pagefind what is left, then any indexed page of the built site that never came through `add`
 * (Astro's build cache restores some pages without rendering them), and writes the index. The copies are removed.
 */
export function indexAsBuilt(siteDir: string, copies: string, pages: readonly string[], { locale = 'en' }: Partial<IndexOptions> = {}): PageByPageIndexing {
	rmSync(copies, { recursive: true, force: true });
	const opened = pagefind.createIndex({ forceLanguage: indexLanguageOf(locale) }).then(async ({ index, errors }) => {
		if (!index) {
			await pagefind.close();
			throw new Error(errors.join('; '));
		}
		return index;
	});
	const indexed = pages.filter(isIndexedPage);
	const batchOf = new Map(indexed.map((file, at) => [file, Math.floor(at / PAGES_PER_BATCH)]));
	/** How many pages each batch still waits for. */
	const waiting = Array.from({ length: Math.ceil(indexed.length / PAGES_PER_BATCH) }, (_, batch) =>
		Math.min(PAGES_PER_BATCH, indexed.length - batch * PAGES_PER_BATCH),
	);
	/** The files given so far, by their path in the site. */
	const given = new Set<string>();
	/** The first batch not yet handed to Pagefind. */
	let next = 0;
	/** Pagefind's reading of each batch, one after another. */
	let read: Promise<unknown> = opened;
	const readBatch = (batch: number) => {
		const folder = join(copies, String(batch));
		read = read.then(async () => {
			const index = await opened;
			const added = await index.addDirectory({ path: folder, glob: '**/*.html' });
			if (added.errors.length) throw new Error(added.errors.join('; '));
		});
		// A failure is met again in finish(), which awaits the same reading.
		read.catch(() => undefined);
	};
	const sizeOf = (batch: number) => Math.min(PAGES_PER_BATCH, indexed.length - batch * PAGES_PER_BATCH);
	/** Hands Pagefind each batch in turn that has all its pages (or, at the end, `all` that have any). */
	const readReadyBatches = (all = false) => {
		for (; next < waiting.length && (all || waiting[next] === 0); next++) if (waiting[next]! < sizeOf(next)) readBatch(next);
	};
	return {
		get givenAsBuilt() {
			return given.size;
		},
		add(file, html) {
			const batch = batchOf.get(file);
			if (batch === undefined || given.has(file)) return;
			given.add(file);
			const copy = join(copies, String(batch), file);
			mkdirSync(dirname(copy), { recursive: true });
			writeFileSync(copy, html);
			waiting[batch]!--;
			readReadyBatches();
		},
		async finish() {
			try {
				readReadyBatches(true);
				await read;
				const index = await opened;
				// Pages Astro wrote without rendering them, which never came through add().
				const rest = listSiteFiles(siteDir, '.html', [SEARCH_BUNDLE_DIR]).filter((file) => isIndexedPage(file) && !given.has(file));
				if (rest.length) {
					const added = await index.addDirectory({ path: siteDir, glob: `{${rest.map(escapeGlob).join(',')}}` });
					if (added.errors.length) throw new Error(added.errors.join('; '));
				}
				const bundleDir = join(siteDir, SEARCH_BUNDLE_DIR);
				const files = await index.writeFiles({ outputPath: bundleDir });
				if (files.errors.length) throw new Error(files.errors.join('; '));
				return readIndexedPageCount(bundleDir);
			} finally {
				await pagefind.close();
				rmSync(copies, { recursive: true, force: true });
			}
		},
	};
}

/** A path as a glob that matches only it: the characters globs give a meaning to, escaped. */
function escapeGlob(path: string): string {
	return path.replace(/[\\*?[\]{}(),!]/g, (char) => `\\${char}`);
}
