import type { CollectionEntry } from 'astro:content';
import { site } from '../config/site.ts';
import { t } from '../i18n/index.ts';
import { getReferenceMap } from './reference.ts';
import { sitePath } from './urls.ts';

export type GlossaryTerm = CollectionEntry<'glossary'>;

/** Alphabetical order as the site's language has it, ignoring case and accents. */
const collator = new Intl.Collator(site.locale, { sensitivity: 'base' });

/** Sorted once per build, like the reference data it comes from: every page's footer asks for it. */
let sorted: Promise<GlossaryTerm[]> | undefined;

/**
 * The glossary's terms in alphabetical order, as the site's language sorts them; none when the site has no glossary
 * (then the collection is not read at all: Astro would warn on every page that it is empty).
 */
export function getGlossary(): Promise<GlossaryTerm[]> {
	if (typeof __SHARING_CARE_HAS_GLOSSARY__ !== 'undefined' && !__SHARING_CARE_HAS_GLOSSARY__) return Promise.resolve([]);
	sorted ??= getReferenceMap('glossary').then((terms) => [...terms.values()].sort((a, b) => collator.compare(a.data.term, b.data.term)));
	return sorted;
}

/** The glossary page, or a term on it. */
export function glossaryPath(id?: string): string {
	return sitePath(id ? `glossary/#${id}` : 'glossary/');
}

/** The link to the glossary page for a list of links, such as the footer's: none when the site has no glossary. */
export async function glossaryPageLinks(): Promise<{ label: string; href: string }[]> {
	return (await getGlossary()).length ? [{ label: t.glossary.title, href: glossaryPath() }] : [];
}
