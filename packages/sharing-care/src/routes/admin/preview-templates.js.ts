import type { APIRoute } from 'astro';
import { entryKind } from '../../collections/index.ts';
import { site } from '../../config/site.ts';
import { enabledCollections, getPublishedIn } from '../../data/entries.ts';
import { factHelpers } from '../../data/entry-facts.ts';
import { getReferenceMap, referencePath } from '../../data/reference.ts';
import { entryPath } from '../../data/urls.ts';
import { buildPreviewScript, type Named } from '../../editor/build-preview-script.ts';
import { t } from '../../i18n/index.ts';

/** Items by id, from a look-up that gives an item for each id, in order. */
async function byId(ids: Iterable<string>, lookUp: (ids: string[]) => Promise<Named[]>): Promise<Record<string, Named>> {
	const list = [...ids];
	const items = await lookUp(list);
	return Object.fromEntries(list.map((id, index) => [id, items[index]!]));
}

/**
 * The editor's preview templates (src/editor/build-preview-script.ts): each kind of entry drawn as its page will be,
 * with the site's words and date format, and the names of the topics, people, organisations, series and published
 * minutes an entry points to by id, as the pages link them (the facts' own look-ups, src/data/entry-facts.ts).
 */
export const GET: APIRoute = async () => {
	const ids = async (collection: 'topics' | 'people' | 'organisations' | 'series') => (await getReferenceMap(collection)).keys();
	const topics = await getReferenceMap('topics');
	const names = {
		topics: Object.fromEntries([...topics].map(([id, topic]) => [id, { text: topic.data.name, href: referencePath('topics', id) }])),
		people: await byId(await ids('people'), (list) => factHelpers.people(list) as Promise<Named[]>),
		organisations: await byId(await ids('organisations'), (list) => Promise.all(list.map((id) => factHelpers.organisation(id) as Promise<Named>))),
		series: await byId(await ids('series'), (list) => Promise.all(list.map((id) => factHelpers.series(id) as Promise<Named>))),
		minutes: Object.fromEntries((await getPublishedIn('minutes')).map((minutes) => [minutes.id, { text: minutes.data.title, href: entryPath(minutes) }])),
	};
	const script = buildPreviewScript({ kinds: enabledCollections().map(entryKind), strings: t, locale: site.locale, dateFormat: site.dateFormat, names });
	return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
