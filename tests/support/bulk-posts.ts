import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How many generated posts the large build adds: more than a feed holds. */
export const BULK_POSTS = 55;

/** The date of generated post `index` (0-based): one a day from 1 June 2025, so higher numbers are newer. */
export const bulkDate = (index: number) => new Date(Date.UTC(2025, 5, 1 + index));

/** The address path of generated post `index` (0-based), under the site's base path: `blog/feed-bulk-01/`. */
export const bulkPath = (index: number) => `blog/feed-bulk-${String(index + 1).padStart(2, '0')}/`;

/** Adds BULK_POSTS short posts on one topic to a copy of the fixture site, so its feeds have more than they may hold. */
export function addBulkPosts(dir: string): void {
	for (let index = 0; index < BULK_POSTS; index++) {
		const number = String(index + 1).padStart(2, '0');
		writeFileSync(
			join(dir, 'content', 'blog', `feed-bulk-${number}.md`),
			`---\ntitle: Generated post ${number}\nsummary: A short generated post, number ${number}, to fill the feeds.\ndate: ${bulkDate(index).toISOString().slice(0, 10)}\ntopics: [small-care-providers]\n---\n\nGenerated text for post ${number}, long enough to read as a short post in a feed.\n`,
		);
	}
}
