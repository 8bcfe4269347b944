import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedAttachments, type PublishedAttachment } from '../../../data/attachments.ts';

/**
 * Each document a published entry lists (`attachments`), as a file beside the entry's page:
 * `/minutes/board-2025-03-11/agm-papers-2025.pdf`, under the base path. A route rather than a copy made after the build,
 * so the dev server serves the documents at the same addresses the built site does, and drafts' documents are published
 * only with their drafts.
 */
export const getStaticPaths = (async () => {
	// A document an entry lists twice is one file.
	const byPath = new Map((await getPublishedAttachments()).map((found) => [found.attachment.path, found]));
	return [...byPath.values()].map(({ entry, attachment }) => ({
		params: { collection: entry.collection, id: entry.id, file: attachment.name },
		props: { attachment },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ attachment: PublishedAttachment }> = ({ props }) =>
	new Response(new Uint8Array(readFileSync(props.attachment.source)), { headers: { 'Content-Type': props.attachment.type.mediaType } });
