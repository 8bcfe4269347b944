import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { slugify } from '../../../packages/sharing-care/src/lib/text/slugify.ts';
import { validateProject } from '../../../packages/sharing-care/src/validation/validate-project.ts';
import { BASED } from '../../support/test-builds.ts';
import { AGM_PAPERS, EDITOR_SAVES } from '../../support/editor-saves.ts';
import { parsePage } from '../../support/parse-page.ts';
import { readPage } from '../../support/read-dist.ts';
import { fieldGroup, fillIn, readLocalFolder, reveal, scrollToTop, setOn, startEntry, waitForLocalFile } from '../editor-driver.ts';
import type { EditorSession } from '../editor-session.ts';

/**
 * Board papers through the web editor, in the real editor in Chromium on a local copy of the fixture site (the
 * browser's origin-private file system stands in for the folder picker): minutes written with a PDF under
 * "Documents", saved; the editor keeps the file beside the entry and names it in the entry as `./name.pdf` with its
 * title; the files pass the content check and are the files the shared base-path build builds
 * (tests/support/editor-saves.ts), into a page that lists the document with its size and pages. No build of its own.
 */

const TITLE = 'Annual general meeting, 20 May 2025';
const DOCUMENT_TITLE = 'AGM papers 2025';
/** The file as a board member has it on their computer: the editor gives it a name fit for a web address. */
const UPLOADED_NAME = AGM_PAPERS.uploaded;
const SAVED_NAME = 'agm-papers-2025.pdf';
const PDF = AGM_PAPERS.bytes;
const ENTRY_FILE = `content/minutes/${slugify(TITLE)}.md`;

/** Registers the tests of board papers in `editor`, the open editor the board’s round trips share. */
export function describeDocuments(editor: EditorSession): void {
	let dir: string;
	let page: Page;
	beforeAll(() => {
		({ dir, page } = editor);
	});
	/** The files the editor wrote, by path from the project root. */
	let saved: Record<string, Buffer> = {};

	describe('documents in the web editor', () => {
		it('saves minutes with a PDF under "Documents": the file beside the entry, and its name and title in the entry', async () => {
			const form = await startEntry(page, 'Board minutes');
			await fillIn(page, await reveal(page, form.getByRole('textbox', { name: 'Meeting date' })), '2025-05-20');

			const documents = await reveal(page, form.getByRole('group', fieldGroup('Documents')));
			await (await reveal(page, documents.getByRole('button', { name: 'Add \u2068Document\u2069' }))).click();
			await (await reveal(page, documents.getByRole('button', { name: 'Browse' }))).click();
			const chooser = page.waitForEvent('filechooser');
			await page.getByRole('dialog').getByRole('button', { name: 'Upload' }).click();
			await (await chooser).setFiles({ name: UPLOADED_NAME, mimeType: 'application/pdf', buffer: PDF });
			await page.getByRole('dialog').getByRole('button', { name: 'Insert' }).click();
			await fillIn(page, await reveal(page, documents.getByRole('textbox', { name: 'Title' })), DOCUMENT_TITLE);

			// The fields at the top last: the new form settles while it fills in its first values.
			await scrollToTop(page);
			await setOn(page, await reveal(page, form.getByRole('switch', { name: 'Draft (not published)' })), false);
			await fillIn(page, form.getByRole('textbox', { name: 'Title' }).first(), TITLE);
			await fillIn(page, form.getByRole('textbox', { name: 'Summary' }), 'The members approved the accounts and the annual report.');
			await fillIn(page, form.getByRole('textbox', { name: 'Publication date' }), '2025-05-23');
			await page.getByRole('button', { name: 'Save', exact: true }).click();
			await waitForLocalFile(page, ENTRY_FILE);
			// Saved once the editor is back at the list: the document too, and the next round trip starts from there.
			await page.getByRole('button', { name: 'Create New Entry' }).first().waitFor();

			saved = await readLocalFolder(page, 'content');
			const text = saved[ENTRY_FILE]!.toString('utf8');
			const frontmatter = parseYaml(text.split(/^---$/m)[1]!) as { attachments?: unknown };
			expect(frontmatter.attachments).toEqual([{ file: `./${SAVED_NAME}`, title: DOCUMENT_TITLE }]);
			expect(`content/minutes/${SAVED_NAME}`).toBe(AGM_PAPERS.file);
			expect(saved[AGM_PAPERS.file]).toEqual(PDF);
			await expect(text).toMatchFileSnapshot(join(EDITOR_SAVES, ENTRY_FILE));
		});

		it('saves files that pass the content check and build into a page listing the document with its size and pages', async () => {
			expect(saved[ENTRY_FILE]).toBeDefined();
			for (const [path, bytes] of Object.entries(saved)) {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), bytes);
			}
			expect(await validateProject(dir, { SITE_URL: 'https://coop.example', BASE_PATH: '/' })).toEqual([]);

			// The page the same files became in the shared build.
			const built = inject('basedSiteDist');
			const entry = `minutes/${slugify(TITLE)}/`;
			const entryPage = parsePage(readPage(built, entry));
			const section = entryPage.select('section.attachments');
			expect(section).toBeDefined();
			expect(entryPage.text(section!)).toContain(`Documents ${DOCUMENT_TITLE} PDF, ${Math.round(PDF.length / 1024)} KB, ${AGM_PAPERS.pages} pages`);
			expect(entryPage.select(`a[href="${BASED.BASE_PATH}${entry}${SAVED_NAME}"]`, section)).toBeDefined();
			expect(readFileSync(join(built, entry, SAVED_NAME))).toEqual(PDF);
		});
	});
}
