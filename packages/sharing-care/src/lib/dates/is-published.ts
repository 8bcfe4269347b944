/** The fields that decide whether an entry is public. */
export interface PublishableData {
	draft: boolean;
	date: Date;
}

export interface PublishOptions {
	/** The moment of the build. Entries dated after the end of this day (UTC) are scheduled, not published. */
	now: Date;
	/** Show drafts and scheduled entries too (the dev server does, clearly marked). */
	includeUnpublished?: boolean;
}

/**
 * The one rule for what the public may see: not a draft, and dated today or earlier.
 * Pages, lists, feeds, the sitemap, the search index and the decisions register all go through it.
 */
export function isPublished(data: PublishableData, { now, includeUnpublished = false }: PublishOptions): boolean {
	if (includeUnpublished) return true;
	if (data.draft) return false;
	const endOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59, 999);
	return data.date.getTime() <= endOfToday;
}

/** Why an entry is not public, for the banner the dev server shows on it; undefined when it is public. */
export function unpublishedReason(data: PublishableData, now: Date): 'draft' | 'scheduled' | undefined {
	if (data.draft) return 'draft';
	return isPublished(data, { now }) ? undefined : 'scheduled';
}
