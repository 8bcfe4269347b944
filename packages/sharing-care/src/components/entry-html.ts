import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getImage } from 'astro:assets';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { toHtml } from 'hast-util-to-html';
import { readImageFacts } from '../lib/graphics/read-image-facts.ts';
import { absolutiseTree } from '../lib/html/absolutise-urls.ts';
import { PRINT_ADDRESS_PROPERTY } from '../lib/html/add-print-addresses.ts';
import { eachElement, parseFragment } from '../lib/html/read-html.ts';
import { escapeXml } from '../lib/feeds/escape-xml.ts';
import { memoiseByKey } from '../lib/entries/memoise-by-key.ts';
import { readGuidanceFields } from '../lib/entries/read-guidance-fields.ts';
import { attachmentsFeedHtml, attachmentsOf } from '../data/attachments.ts';
import { entryKey, type Entry } from '../data/entries.ts';
import { entryUrl } from '../data/urls.ts';
import KeyPoints from './KeyPoints.astro';
import MinutesRecord from './MinutesRecord.astro';
import PageHistory from './PageHistory.astro';
import SourceNotes from './SourceNotes.astro';

let container: Promise<AstroContainer> | undefined;

/** One container for the whole build, with the MDX renderer so `.mdx` entries render like `.md` ones. */
function getContainer(): Promise<AstroContainer> {
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
	return container;
}

/**
 * An entry's HTML made to work out of context, in one reading of it: every address made absolute, from the entry's
 * page, and the attributes that mean nothing outside the site's own pages taken out (Astro's scoped-style markers,
 * `data-astro-cid-…`, and the address each link carries for the print stylesheet).
 */
function outOfContext(html: string, pageUrl: string): string {
	const tree = absolutiseTree(parseFragment(html), pageUrl);
	eachElement(tree, (element) => {
		for (const property of Object.keys(element.properties)) {
			if (property.startsWith('dataAstroCid') || property === PRINT_ADDRESS_PROPERTY) delete element.properties[property];
		}
	});
	return toHtml(tree);
}

async function coverHtml(entry: Entry): Promise<string> {
	const cover = entry.data.cover;
	if (!cover) return '';
	const { format, width } = readImageFacts(cover.src);
	const image = await getImage(format === 'svg' ? { src: cover.src, format: 'svg' } : { src: cover.src, width: Math.min(1200, width) });
	const caption = cover.caption ? `<figcaption>${escapeXml(cover.caption)}</figcaption>` : '';
	const size = ['width', 'height']
		.map((name) => (image.attributes[name] === undefined ? '' : ` ${name}="${escapeXml(String(image.attributes[name]))}"`))
		.join('');
	return `<figure><img src="${escapeXml(image.src)}" alt="${escapeXml(cover.alt)}"${size}>${caption}</figure>`;
}

async function renderEntry(entry: Entry): Promise<string> {
	const renderer = await getContainer();
	const { Content } = await render(entry);
	let body = await renderer.renderToString(Content);
	if (entry.collection === 'minutes') {
		// Minutes carry their record (who came, decisions, actions) in frontmatter: publish it with the text.
		body = await renderer.renderToString(MinutesRecord, { props: { entry: entry as CollectionEntry<'minutes'> }, slots: { default: body } });
	}
	// Around the text, as on the page: the key points first, then its documents, the notes on the source, the page's history last.
	const { data } = entry;
	const guidance = readGuidanceFields(data);
	const keyPoints = await renderer.renderToString(KeyPoints, { props: { points: guidance.keyPoints } });
	const sourceNotes = await renderer.renderToString(SourceNotes, { props: { notes: data.sourceNotes } });
	const history = await renderer.renderToString(PageHistory, { props: { lastReviewed: guidance.lastReviewed, updated: data.updated, changes: data.changes } });
	const documents = attachmentsFeedHtml(attachmentsOf(entry));
	return outOfContext(`${keyPoints}${await coverHtml(entry)}${body}${documents}${sourceNotes}${history}`, entryUrl(entry));
}

/**
 * The full HTML of an entry's text, as it appears on its page (Markdown and MDX alike, with optimised images),
 * with its key points before it and its documents, notes on the source and page history after it,
 * with every link and image address made absolute so it works in a feed reader or an email.
 * Rendered at most once per build, however many feeds include the entry. The feed routes give it to
 * `feedResponse` (src/data/feed-response.ts), as it renders components, which the data layer may not import.
 */
export const getEntryHtml: (entry: Entry) => Promise<string> = memoiseByKey(renderEntry, entryKey);
