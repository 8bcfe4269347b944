import type { CollectionEntry } from 'astro:content';
import { site } from '../config/site.ts';
import { t } from '../i18n/index.ts';
import { getReferenceMap } from './reference.ts';
import { sitePath } from './urls.ts';

export type GlossaryTerm = CollectionEntry<'glossary'>;

/** The glossary's terms in alphabetical order, as the site's language sorts them; none when the site has no glossary. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
	return [...(await getReferenceMap('glossary')).values()].sort((a, b) => a.data.term.localeCompare(b.data.term, site.locale, { sensitivity: 'base' }));
}

/** The glossary page, or a term on it. */
export function glossaryPath(id?: string): string {
	return sitePath(id ? `glossary/#${id}` : 'glossary/');
}

/** The link to the glossary page for a list of links, such as the footer's: none when the site has no glossary. */
export async function glossaryPageLinks(): Promise<{ label: string; href: string }[]> {
	return (await getGlossary()).length ? [{ label: t.glossary.title, href: glossaryPath() }] : [];
}
