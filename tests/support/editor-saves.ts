import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ROOT } from '../../scripts/lib/copy-project.ts';
import { makePdf } from './fixture-documents.ts';

/**
 * What the web editor tests save through the real editor (tests/editor/board-round-trips.test.ts: round-trips/
 * edit-and-publish.ts and round-trips/documents.ts), kept as the files the editor writes: the entries in
 * `tests/fixtures/editor-saves/content/`, and the files a board member uploads, made in code as the fixture site's
 * pictures and documents are. The shared base-path build (`basedSiteDist`) builds them with the fixture site, so
 * the editor tests compare what the editor saves with these files and read the pages they became, without a
 * build of their own. When the editor changes what it writes, `npx vitest run tests/editor -u` writes them again.
 */
export const EDITOR_SAVES = join(ROOT, 'tests', 'fixtures', 'editor-saves');

/** The address paths (`minutes/board-meeting-9-april-2025/`) of the entries the editor tests save, which the base-path build publishes. */
export const EDITOR_SAVED_ENTRIES: readonly string[] = readdirSync(join(EDITOR_SAVES, 'content'), { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.md'))
	.map((file) => `${file.replaceAll('\\', '/').slice(0, -'.md'.length)}/`)
	.sort();

/** A picture a board member puts in a blog post: as they have it on their computer, and as the editor saves it. */
export const OPEN_DAY_PICTURE = {
	uploaded: 'Open day.png',
	file: 'content/blog/open-day.png',
	bytes: () =>
		sharp({ create: { width: 160, height: 120, channels: 3, background: '#1b5e4a' } })
			.png()
			.toBuffer(),
} as const;

/** A PDF a secretary attaches to minutes: as they have it on their computer, and as the editor saves it (a name fit for a web address). */
export const AGM_PAPERS = {
	uploaded: 'AGM Papers 2025.pdf',
	file: 'content/minutes/agm-papers-2025.pdf',
	pages: 5,
	bytes: makePdf(['Notice of the meeting', 'Agenda', 'Annual report', 'Accounts', 'Resolutions']),
} as const;

/** Adds what the editor tests save to a copy of the fixture site in `dir`: the entries, the picture and the PDF. */
export async function addEditorSaves(dir: string): Promise<void> {
	cpSync(join(EDITOR_SAVES, 'content'), join(dir, 'content'), { recursive: true });
	writeFileSync(join(dir, OPEN_DAY_PICTURE.file), await OPEN_DAY_PICTURE.bytes());
	writeFileSync(join(dir, AGM_PAPERS.file), AGM_PAPERS.bytes);
}
