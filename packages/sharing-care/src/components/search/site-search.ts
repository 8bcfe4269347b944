/**
 * <site-search>: makes the search page's form live with Pagefind's JS API. The search (words, filters, order)
 * is always the page's query string, so a search can be bookmarked and shared and the back button steps
 * through it. Pagefind (`pagefind/pagefind.js` and its index) is fetched only here, at run time, from the
 * built site: it is not part of the bundle, so `npm run dev` (which has no index) explains instead.
 */
import { buildExcerpt } from '../../lib/search/build-excerpt.ts';
import { describeResults, type ResultsWording } from '../../lib/search/describe-results.ts';
import { formatNumber } from '../../lib/text/format-number.ts';
import { SEARCH_PAGE_SIZE } from '../../lib/search/search-page-size.ts';
import { CACHE_TAG_ATTRIBUTE } from '../../lib/search/search-cache-tag.ts';
import { cleanQuery, countChosenFilters, decodeSearchState, defaultSort, encodeSearchState, type SearchState } from '../../lib/search/encode-search-state.ts';
import { foldWord, readSearchWords, type SearchWords } from '../../lib/search/read-search-words.ts';
import { runFacetedSearch, type FacetCounts, type PagefindApi, type PagefindFragment, type PagefindResult } from '../../lib/search/run-faceted-search.ts';

/** How many words of a result's text it shows around the words searched for. */
const EXCERPT_WORDS = 30;
/** How long typing must pause before searching. */
const TYPING_PAUSE_MS = 250;
/**
 * How much of a word must be typed before its index chunk is fetched ahead of the search. At 1,000 entries
 * (bench/HISTORY.md), fetching from the third letter cost "care" 22 KB more, as "car" falls across chunks; at
 * 10,000, "wor", "lea" and "pro" fetch chunks of 17 to 36 KB that "work", "learning" and "project" do not need.
 */
const PRELOAD_FROM_CHARACTERS = 4;

interface PagefindModule extends PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	/** Fetches the index chunks for a term, so a search for it that follows finds them loaded. */
	preload: (term: string) => Promise<void>;
}

/** The words the element writes, in the site's language: the search page passes them from the strings table as `data-strings`. */
interface SearchStrings {
	results: ResultsWording;
	noIndexInDevelopment: string;
	/** Words left out of searches and highlighting, separated by spaces (`readSearchWords`). */
	stopWords: string;
}

/** Marks a history entry made while typing, so further typing replaces it rather than adding one per pause. */
interface EntryState {
	typed: boolean;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`<site-search> needs ${selector}`);
	return element;
}

class SiteSearch extends HTMLElement {
	#pagefind: Promise<PagefindModule> | undefined;
	#form!: HTMLFormElement;
	#query!: HTMLInputElement;
	#sort!: HTMLSelectElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#clear!: HTMLButtonElement;
	#results!: HTMLElement;
	#checkboxes: HTMLInputElement[] = [];
	#known: Record<string, string[]> = {};
	#state: SearchState | undefined;
	#found: PagefindResult[] = [];
	#shown = 0;
	#searched = false;
	/** Numbers each search, so an answer that arrives after a newer search started is dropped. */
	#run = 0;
	/** Pagefind's filter data, loaded once someone uses the filters (see #wantCounts). */
	#filters: Promise<unknown> | undefined;
	/** The counts over the whole site, written into the page by the build: right while nothing is searched. */
	#siteCounts: FacetCounts = {};
	/** Where each filter value's count is shown, by its box. */
	#countLabels = new Map<HTMLInputElement, HTMLElement>();
	#typingTimer: ReturnType<typeof setTimeout> | undefined;
	#strings!: SearchStrings;
	#stopWords: ReadonlySet<string> = new Set();
	/** The site's locale, for numbers and plurals. */
	#locale!: string;

	connectedCallback() {
		if (!this.dataset.strings || !this.dataset.locale) throw new Error('<site-search> needs data-strings and data-locale');
		this.#strings = JSON.parse(this.dataset.strings) as SearchStrings;
		this.#stopWords = new Set(this.#strings.stopWords.split(/\s+/).map(foldWord).filter(Boolean));
		this.#locale = this.dataset.locale;
		this.#form = required(this, '[data-form]');
		this.#query = required(this, '[data-query]');
		this.#sort = required(this, '[data-sort]');
		this.#status = required(this, '[data-status]');
		this.#list = required(this, '[data-list]');
		this.#more = required(this, '[data-more]');
		this.#clear = required(this, '[data-clear]');
		this.#results = required(this, '[data-results]');
		this.#checkboxes = [...this.querySelectorAll<HTMLInputElement>('[data-facet] input[type="checkbox"]')];
		for (const box of this.#checkboxes) {
			// A value that would give no results stays in its place, marked unavailable, and pressing it does nothing.
			box.addEventListener('click', (event) => {
				if (box.getAttribute('aria-disabled') === 'true') event.preventDefault();
			});
			(this.#known[box.name] ??= []).push(box.value);
			const count = box.closest('[data-option]')?.querySelector<HTMLElement>('[data-count]');
			if (count) this.#countLabels.set(box, count);
			if (!count?.dataset.total) continue;
			(this.#siteCounts[box.name] ??= {})[box.value] = Number(count.dataset.total);
			// The count keeps the width of the site-wide one, the largest it can be, so a label never wraps
			// differently when its count changes or is blank, and the values below it never move.
			count.style.minWidth = `${count.textContent?.trim().length ?? 0}ch`;
		}

		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#commit(false);
		});
		// Pagefind, its WebAssembly and its page list load as the page opens (#restore), or as the box gets focus if
		// they could not; the index chunks of the words being typed load while they are typed, before the pause that
		// starts the search: on a slow connection the last key then waits only for its own word's chunk. Shorter
		// beginnings of words are not fetched: their chunks are often not the whole word's.
		this.#query.addEventListener('focus', () => void this.#load().catch(() => undefined));
		this.#query.addEventListener('input', () => {
			clearTimeout(this.#typingTimer);
			this.#typingTimer = setTimeout(() => this.#commit(true), TYPING_PAUSE_MS);
			const { term } = readSearchWords(cleanQuery(this.#query.value), this.#stopWords);
			const typing = term.split(' ').at(-1) ?? '';
			if (typing.length >= PRELOAD_FROM_CHARACTERS)
				void this.#load()
					.then((pagefind) => pagefind.preload(term))
					.catch(() => undefined);
		});
		this.#form.addEventListener('change', (event) => {
			if (event.target !== this.#query) this.#commit(false);
		});
		this.#clear.addEventListener('click', () => {
			for (const box of this.#checkboxes) box.checked = false;
			this.#commit(false);
			this.#query.focus();
		});
		this.#more.addEventListener('click', () => {
			// While results are still coming, a second press (or a double click) would add the same results again.
			if (this.#results.getAttribute('aria-busy') !== 'true') void this.#addMore();
		});
		// Counts beside the filter values need Pagefind's filter data (13 KB gzipped at 1,000 entries, 128 KB at
		// 10,000): it is fetched when someone reaches for the filters, not for every search with words.
		// Reaching for them is pointing at them or moving focus into them (a tap on a touch screen is both).
		const facets = required<HTMLElement>(this, '[data-facets]');
		for (const type of ['focusin', 'pointerover'] as const) facets.addEventListener(type, () => void this.#wantCounts());
		window.addEventListener('popstate', () => this.#restore());
		// On a narrow screen the filters stand above the results: start with them folded (chosen ones open again).
		if (matchMedia('(max-width: 47.99rem)').matches) for (const details of this.querySelectorAll<HTMLDetailsElement>('[data-facet]')) details.open = false;
		this.#restore();
	}

	/** Reads the search from the form. */
	#readForm(): SearchState {
		const filters: Record<string, string[]> = {};
		for (const box of this.#checkboxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
		const query = cleanQuery(this.#query.value);
		// While browsing without words the order is fixed at newest first, so it is no choice to keep once words arrive.
		const chosen = this.#state?.query ? (this.#sort.value as SearchState['sort']) : defaultSort(query);
		return { query, filters, sort: query ? chosen : defaultSort(query) };
	}

	/** Puts a search into the form. */
	#writeForm(state: SearchState) {
		if (cleanQuery(this.#query.value) !== state.query) this.#query.value = state.query;
		for (const box of this.#checkboxes) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
		for (const details of this.querySelectorAll<HTMLDetailsElement>('[data-facet]')) {
			if (state.filters[details.dataset.facet ?? '']?.length) details.open = true;
		}
	}

	/** The form changed: record the search in the URL and run it. */
	#commit(typing: boolean) {
		clearTimeout(this.#typingTimer);
		const state = this.#readForm();
		const url = `${location.pathname}${encodeSearchState(state)}`;
		const current = history.state as EntryState | null;
		const entry: EntryState = { typed: typing };
		if (url === `${location.pathname}${location.search}`) history.replaceState(entry, '', url);
		else if (typing && current?.typed) history.replaceState(entry, '', url);
		else history.pushState(entry, '', url);
		void this.#search(state);
	}

	/** The page opened, or the back or forward button was used: search for what the URL says. */
	#restore() {
		const state = decodeSearchState(location.search, this.#known);
		this.#writeForm(state);
		void this.#search(state);
	}

	/**
	 * Pagefind, once its code, WebAssembly and page list have loaded: from then on a search waits only for the index
	 * chunks of its words. Until then the results say they are busy (the search page's tests and benchmarks wait
	 * for that), and a search waits.
	 */
	#load(): Promise<PagefindModule> {
		this.#pagefind ??= (async () => {
			const pagefind = (await import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`)) as PagefindModule;
			// Searching on the main thread skips downloading Pagefind's worker script (12 KB gzipped), which keeps a
			// first search at 1,000 entries under 150 KB; searches take a few milliseconds at that size.
			// The built page preloads Pagefind's entry file under the index's own tag (integration/preload-search-index.ts).
			const cacheTag = document.querySelector(`link[${CACHE_TAG_ATTRIBUTE}]`)?.getAttribute(CACHE_TAG_ATTRIBUTE);
			await pagefind.options({ baseUrl: this.dataset.base ?? '/', noWorker: true, ...(cacheTag ? { metaCacheTag: cacheTag } : {}) });
			await pagefind.init();
			// init() only starts the loading; preloading no words waits for it (and for nothing else).
			await pagefind.preload('');
			return pagefind;
		})();
		return this.#pagefind;
	}

	/** Loads Pagefind's filter data once; from then on every search returns counts for the filter values. */
	#loadFilters(): Promise<unknown> {
		this.#filters ??= this.#load().then((pagefind) => pagefind.filters());
		return this.#filters;
	}

	/** Someone reached for the filters: fetch the counts for the current search. */
	async #wantCounts() {
		if (this.#filters || !this.#state) return;
		const run = this.#run;
		const state = this.#state;
		try {
			await this.#loadFilters();
			const outcome = await runFacetedSearch(await this.#load(), state, { counts: true, stopWords: this.#stopWords });
			if (run === this.#run) this.#showCounts(outcome.counts);
		} catch (error) {
			this.#filters = undefined;
			console.error('Search could not load the filter counts:', error);
		}
	}

	async #search(state: SearchState) {
		const run = ++this.#run;
		this.#state = state;
		this.#showOrder(state);
		this.#results.setAttribute('aria-busy', 'true');
		let outcome;
		try {
			const pagefind = await this.#load();
			// A search that already has filters chosen (a shared link, or a ticked box) shows counts straight away.
			if (countChosenFilters(state) > 0) void this.#loadFilters();
			const counts = this.#filters !== undefined;
			if (counts) await this.#filters;
			outcome = await runFacetedSearch(pagefind, state, { counts, stopWords: this.#stopWords });
		} catch (error) {
			this.#pagefind = undefined;
			this.#filters = undefined;
			this.#unavailable(error);
			return;
		}
		if (run !== this.#run) return;
		this.#searched = outcome.searched;
		this.#found = outcome.results;
		this.#shown = 0;
		this.#list.replaceChildren();
		this.#showCounts(outcome.counts ?? (outcome.searched ? null : this.#siteCounts));
		await this.#showMore(false);
		if (run === this.#run) this.#results.setAttribute('aria-busy', 'false');
	}

	/** Adds the next page of results at a press of "Show more", the results busy until they have all come. */
	async #addMore() {
		const run = this.#run;
		this.#results.setAttribute('aria-busy', 'true');
		await this.#showMore(true);
		if (run === this.#run) this.#results.setAttribute('aria-busy', 'false');
	}

	/** Adds the next page of results; with `focus`, moves focus to the first one added. */
	async #showMore(focus: boolean) {
		const run = this.#run;
		const state = this.#state;
		if (!state) return;
		// The first result's fragment is asked for alone, and the others once it has come: on a slow connection it
		// then has the line to itself. Each result is shown as soon as it and those above it have come.
		const [top, ...rest] = this.#found.slice(this.#shown, this.#shown + SEARCH_PAGE_SIZE);
		const first = top?.data();
		const fragments = first
			? [
					first,
					...rest.map((result) =>
						first.then(
							() => result.data(),
							() => result.data(),
						),
					),
				]
			: [];
		for (const fragment of fragments) fragment.catch(() => undefined);
		// The words to highlight, read from the query once for every result shown.
		const searched = state.query ? readSearchWords(state.query, this.#stopWords) : null;
		for (const [index, fragment] of fragments.entries()) {
			const data = await fragment;
			if (run !== this.#run) return;
			const item = this.#renderResult(data, searched);
			this.#list.append(item);
			this.#shown += 1;
			// Focus moves to the first result added as soon as it is there.
			if (focus && index === 0) item.querySelector('a')?.focus();
		}
		this.#more.hidden = this.#shown >= this.#found.length;
		this.#status.textContent = describeResults(
			{
				searched: this.#searched,
				total: this.#found.length,
				shown: this.#shown,
				query: state.query,
				filterCount: countChosenFilters(state),
				newestFirst: state.sort === 'newest',
			},
			this.#strings.results,
			this.#locale,
		);
	}

	#renderResult(fragment: PagefindFragment, searched: SearchWords | null): HTMLLIElement {
		const { meta } = fragment;
		const item = document.createElement('li');
		item.className = 'result';
		const body = item.appendChild(document.createElement('div'));
		body.className = 'result-body';

		const link = body.appendChild(document.createElement('h3')).appendChild(document.createElement('a'));
		link.href = fragment.url;
		link.textContent = meta.title ?? fragment.url;

		const facts = body.appendChild(document.createElement('p'));
		facts.className = 'result-meta';
		if (meta.type) facts.append(meta.type);
		if (meta.type && meta.date) facts.append(' · ');
		if (meta.date) {
			const time = facts.appendChild(document.createElement('time'));
			time.dateTime = meta.date;
			time.textContent = meta.published ?? meta.date;
		}

		const text = body.appendChild(document.createElement('p'));
		text.className = 'result-text';
		// The words searched for, highlighted where they stand in the page's text (build-excerpt.ts). When the text
		// holds none of them whole (as while a word is still being typed), an entry's summary, or the start of the
		// text of a page without one (an organisation, person or topic).
		const excerpt = searched ? buildExcerpt(fragment.content, searched, EXCERPT_WORDS) : null;
		if (excerpt) {
			if (excerpt.cutBefore) text.append('… ');
			for (const part of excerpt.parts) {
				if (part.marked) text.appendChild(document.createElement('mark')).textContent = part.text;
				else text.append(part.text);
			}
			if (excerpt.cutAfter) text.append(' …');
		} else {
			const words = fragment.content.split(/\s+/);
			text.textContent = meta.summary ?? `${words.slice(0, EXCERPT_WORDS).join(' ')}${words.length > EXCERPT_WORDS ? ' …' : ''}`;
		}

		if (meta.image) {
			const image = item.appendChild(document.createElement('img'));
			image.src = meta.image;
			image.alt = '';
			image.loading = 'lazy';
			image.decoding = 'async';
		}
		return item;
	}

	/**
	 * Shows beside each filter value how many results choosing it gives, and marks values that give none as
	 * unavailable (greyed, and announced so), in their place: the counts come when someone reaches for the filters,
	 * and hiding values then would move the others under their pointer. Without counts (nobody has used the filters
	 * yet), every value shows, with no number.
	 */
	#showCounts(counts: FacetCounts | null) {
		for (const box of this.#checkboxes) {
			const count = counts ? (counts[box.name]?.[box.value] ?? 0) : undefined;
			const label = this.#countLabels.get(box);
			if (label) label.textContent = count === undefined ? '' : `(${formatNumber(count, this.#locale)})`;
			if (count === 0 && !box.checked) box.setAttribute('aria-disabled', 'true');
			else box.removeAttribute('aria-disabled');
		}
		this.#clear.hidden = !this.#checkboxes.some((box) => box.checked);
	}

	/** Best match needs words: without them the order is newest first. */
	#showOrder(state: SearchState) {
		const relevance = this.#sort.querySelector<HTMLOptionElement>('option[value="relevance"]');
		if (relevance) relevance.disabled = !state.query;
		this.#sort.value = state.query ? state.sort : defaultSort('');
	}

	#unavailable(error: unknown) {
		console.error('Search could not load Pagefind:', error);
		const message = this.querySelector('[data-unavailable-message]');
		if (message && import.meta.env.DEV) message.textContent = this.#strings.noIndexInDevelopment;
		this.#form.hidden = true;
		required<HTMLElement>(this, '[data-unavailable]').hidden = false;
	}
}

customElements.define('site-search', SiteSearch);
