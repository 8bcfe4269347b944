import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_CONTEXT } from '../../../packages/sharing-care/src/editor/editor-context.ts';
import { slugify } from '../../../packages/sharing-care/src/lib/text/slugify.ts';
import { minutesSchema } from '../../../packages/sharing-care/src/schemas/minutes.ts';
import { validateProject } from '../../../packages/sharing-care/src/validation/validate-project.ts';
import { EDITOR_SAVES, OPEN_DAY_PICTURE } from '../../support/editor-saves.ts';
import { parsePage } from '../../support/parse-page.ts';
import { htmlToText, readPage } from '../../support/read-dist.ts';
import { fieldGroup, fillIn, readable, readLocalFolder, reveal, setOn, spokenText, startEntry, typeInBody, waitForLocalFile } from '../editor-driver.ts';
import type { EditorSession } from '../editor-session.ts';

/**
 * The whole round trip a board member makes, in the real editor in Chromium: open a local copy of the content
 * (the browser's origin-private file system stands in for the folder picker), write minutes from as few fields as a
 * secretary needs, fuller minutes and a blog post with a picture, save; then the files the editor wrote pass the
 * checker and are the files the shared base-path build builds (tests/support/editor-saves.ts), whose pages they
 * became. No build of its own.
 */

/** Minutes a secretary publishes from five fields: the meeting gives their summary and publication date. */
const QUICK = { title: 'Board meeting, 9 April 2025', meeting: '2025-04-09', decision: 'The new rota starts in May.', notes: 'The meeting was short.' };
/** The most fields a board member fills to publish minutes (title, meeting date, a decision, the notes, the draft switch). */
const MOST_FIELDS = 5;
const MINUTES_TITLE = 'Board meeting, 12 March 2025';
const DECISIONS = ['The budget for 2025 to 2026 is approved.', 'Members can join online from April.'];
const DECISION_ID = '2025-03-online-membership';
const ACTION = { text: 'Publish the online membership form.', owner: 'Secretary', due: '2025-04-01' };
const POST_TITLE = 'Our first open day at the café';
const ALT = 'Members and neighbours talking in the office kitchen';

/** Registers the round-trip tests of minutes and a blog post in `editor`, the open editor the board’s round trips share. */
export function describePublishing(editor: EditorSession): void {
	let dir: string;
	let page: Page;
	beforeAll(() => {
		({ dir, page } = editor);
	});
	/** The files the editor wrote, by path from the project root. */
	let saved: Record<string, Buffer> = {};
	/** The shared build that builds what this test saves. */
	const built = inject('basedSiteDist');

	/**
	 * Saves the entry in the form, waits until the editor has written `file` and is back at the collection's list, and
	 * returns the text it wrote, after checking it is the file the shared build builds (tests/fixtures/editor-saves/).
	 */
	async function save(file: string): Promise<string> {
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await waitForLocalFile(page, file);
		await page.getByRole('button', { name: 'Create New Entry' }).first().waitFor();
		saved = { ...saved, ...(await readLocalFolder(page, 'content')) };
		const text = saved[file]!.toString('utf8');
		await expect(text).toMatchFileSnapshot(join(EDITOR_SAVES, file));
		return text;
	}

	describe('the web editor, on a local copy', () => {
		it(`publishes minutes from at most ${MOST_FIELDS} fields: the title, the meeting date, a decision, the notes and the draft switch`, async () => {
			const form = await startEntry(page, 'Board minutes');
			expect(readable(await page.title())).toMatch(/^New board minutes /);
			/** The fields the board member filled, by label. */
			const filled = new Set<string>();
			const fill = async (label: string, box: Locator, value: string) => {
				await fillIn(page, box, value);
				filled.add(label);
			};

			await fill('Title', form.getByRole('textbox', { name: 'Title' }), QUICK.title);
			await fill('Meeting date', form.getByRole('textbox', { name: 'Meeting date' }), QUICK.meeting);
			const decisions = form.getByRole('group', fieldGroup('Decisions'));
			await decisions.getByRole('button', { name: 'Add \u2068Decision\u2069' }).click();
			await fill('What', decisions.getByRole('textbox', { name: 'What' }), QUICK.decision);
			await typeInBody(page, form.getByRole('textbox', { name: 'Text' }), QUICK.notes);
			filled.add('Text');
			await setOn(page, await reveal(page, form.getByRole('switch', { name: 'Draft (not published)' })), false);
			filled.add('Draft (not published)');
			const file = `content/minutes/${slugify(QUICK.title)}.md`;
			const text = await save(file);

			expect(filled.size).toBeLessThanOrEqual(MOST_FIELDS);
			expect(text).toMatch(/^meeting: 2025-04-09$/m);
			expect(text).toMatch(/^draft: false$/m);
			// The meeting gives the summary and the publication date, and minutes have no source.
			for (const field of ['summary', 'date', 'datePrecision', 'dateApproximate', 'undatedSource', 'source', 'sourceNotes'])
				expect(text, field).not.toMatch(new RegExp(`^${field}:`, 'm'));
		});

		it('writes minutes with two decisions and an action, named as npm run new names them', async () => {
			const form = await startEntry(page, 'Board minutes');
			await fillIn(page, form.getByRole('textbox', { name: 'Title' }), MINUTES_TITLE);
			await fillIn(page, form.getByRole('textbox', { name: 'Meeting date' }), '2025-03-12');

			const decisions = await reveal(page, form.getByRole('group', fieldGroup('Decisions')));
			await decisions.getByRole('button', { name: 'Add \u2068Decision\u2069' }).click();
			await fillIn(page, decisions.getByRole('textbox', { name: 'What' }).nth(0), DECISIONS[0]!);
			await decisions.getByRole('button', { name: 'Add \u2068Decision\u2069' }).last().click();
			await fillIn(page, decisions.getByRole('textbox', { name: 'What' }).nth(1), DECISIONS[1]!);
			await fillIn(page, decisions.getByRole('textbox', { name: 'Link name' }).nth(1), DECISION_ID);
			// Topics are picked by name; the file stores their ids.
			await decisions.getByRole('combobox', { name: 'Topics' }).nth(1).click();
			await page.getByRole('option', { name: 'Membership and governance' }).click();
			await decisions.getByRole('textbox', { name: 'What' }).nth(1).click();

			const actions = await reveal(page, form.getByRole('group', fieldGroup('Actions')));
			await (await reveal(page, actions.getByRole('button', { name: 'Add \u2068Action\u2069' }))).click();
			await fillIn(page, actions.getByRole('textbox', { name: 'What' }), ACTION.text);
			await fillIn(page, actions.getByRole('textbox', { name: 'Who' }), ACTION.owner);
			await fillIn(page, await reveal(page, actions.getByRole('textbox', { name: 'Due by' })), ACTION.due);
			await typeInBody(page, await reveal(page, form.getByRole('textbox', { name: 'Text' })), 'The meeting was quorate.');
			await setOn(page, await reveal(page, form.getByRole('switch', { name: 'Draft (not published)' })), false);
			await fillIn(page, form.getByRole('textbox', { name: 'Summary' }), 'The board agreed the budget and online membership.');
			await fillIn(page, form.getByRole('textbox', { name: 'Publication date' }), '2025-03-14');
			const file = `content/minutes/${slugify(MINUTES_TITLE)}.md`;
			const text = await save(file);

			expect(text).toMatch(/^meeting: 2025-03-12$/m);
			expect(text).toMatch(/^draft: false$/m);
			expect(text).toContain(`id: ${DECISION_ID}`);
			expect(text).toMatch(/topics:\n\s+- membership-and-governance/);
			expect(text).toContain(`due: ${ACTION.due}`);
		});

		it('writes a blog post with a picture beside it and the picture’s alt text', async () => {
			const form = await startEntry(page, 'Blog');
			const picture = await reveal(page, form.getByRole('group', fieldGroup('Picture')));
			await setOn(page, picture.getByRole('checkbox', { name: 'Add \u2068Picture\u2069' }), true);
			await (await reveal(page, picture.getByRole('button', { name: 'Browse' }))).click();
			const chooser = page.waitForEvent('filechooser');
			await page.getByRole('dialog').getByRole('button', { name: 'Upload' }).click();
			const png = await OPEN_DAY_PICTURE.bytes();
			await (await chooser).setFiles({ name: OPEN_DAY_PICTURE.uploaded, mimeType: 'image/png', buffer: png });
			await page.getByRole('dialog').getByRole('button', { name: 'Insert' }).click();
			await fillIn(page, await reveal(page, picture.getByRole('textbox', { name: 'Alt text (what the picture shows)' })), ALT);
			await setOn(page, await reveal(page, form.getByRole('switch', { name: 'Draft (not published)' })), false);
			await fillIn(page, form.getByRole('textbox', { name: 'Title' }), POST_TITLE);
			await fillIn(page, form.getByRole('textbox', { name: 'Summary' }), 'Members showed neighbours round the new office.');
			await fillIn(page, form.getByRole('textbox', { name: 'Publication date' }), '2025-03-20');
			const file = `content/blog/${slugify(POST_TITLE)}.md`;
			const text = await save(file);

			expect(text).toMatch(/^cover:\n {2}src: \.\/open-day\.png\n {2}alt: Members and neighbours/m);
			expect(saved[OPEN_DAY_PICTURE.file]).toEqual(png);
		});

		it('refuses to save minutes without a title, with the schema’s own messages for what is written wrongly', async () => {
			const before = Object.keys(await readLocalFolder(page, 'content')).length;
			const form = await startEntry(page, 'Board minutes');
			const decisions = await reveal(page, form.getByRole('group', fieldGroup('Decisions')));
			await decisions.getByRole('button', { name: 'Add \u2068Decision\u2069' }).click();
			await fillIn(page, decisions.getByRole('textbox', { name: 'What' }), 'Something was decided.');
			await fillIn(page, decisions.getByRole('textbox', { name: 'Link name' }), 'Budget 2025');
			await fillIn(page, form.getByRole('textbox', { name: 'Summary' }), 'A summary with **bold** words.');
			await page.getByRole('button', { name: 'Save', exact: true }).click();

			// What the schema itself says about those values.
			const schema = minutesSchema(EDITOR_CONTEXT);
			const messageFor = (data: unknown, path: string) => schema.safeParse(data).error?.issues.find((issue) => issue.path.join('.') === path)?.message;
			const valid = { title: 'x', meeting: '2025-01-01' };
			const summaryMessage = messageFor({ ...valid, summary: 'A summary with **bold** words.' }, 'summary');
			const idMessage = messageFor({ ...valid, decisions: [{ text: 'x', id: 'Budget 2025' }] }, 'decisions.0.id');
			expect(summaryMessage).toMatch(/plain text/);
			expect(idMessage).toMatch(/lower-case/);

			const alertIn = (label: string) => spokenText(form.getByRole('group', fieldGroup(label)).getByRole('alert'));
			await expect.poll(() => alertIn('Title'), { timeout: 15_000 }).toBe('This field is required.');
			expect(await alertIn('Summary')).toBe(summaryMessage);
			expect(await alertIn('Link name')).toBe(idMessage);
			expect(await spokenText(page.getByRole('alert').filter({ hasText: 'fields have errors' }))).toContain(
				'3 fields have errors. Please correct them to save the entry.',
			);
			expect(Object.keys(await readLocalFolder(page, 'content')).length).toBe(before);
		});

		it('saves files that pass the checker and build into the minutes, the decisions register, the actions and the post', async () => {
			expect(Object.keys(saved).length).toBeGreaterThan(0);
			for (const [path, bytes] of Object.entries(saved)) {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), bytes);
			}
			expect(await validateProject(dir, { SITE_URL: 'https://coop.example', BASE_PATH: '/' })).toEqual([]);

			// The pages the same files became in the shared build.

			// Published on the day of their meeting, with a summary made from it.
			const quick = htmlToText(readPage(built, `minutes/${slugify(QUICK.title)}/`));
			expect(quick).toContain('Minutes of the board meeting on 9 April 2025: 1 decision');
			expect(quick).toContain(QUICK.decision);
			expect(quick).toContain(QUICK.notes);
			expect(htmlToText(readPage(built, 'minutes/'))).toContain('Minutes of the board meeting on 9 April 2025: 1 decision');

			const minutes = htmlToText(readPage(built, `minutes/${slugify(MINUTES_TITLE)}/`));
			for (const decision of DECISIONS) expect(minutes).toContain(decision);
			expect(minutes).toContain(ACTION.text);
			expect(minutes).toContain('The meeting was quorate.');
			const register = parsePage(readPage(built, 'decisions/'));
			expect(register.text()).toContain(DECISIONS[1]);
			expect(register.select(`[id="${DECISION_ID}"]`)).toBeDefined();
			const actions = htmlToText(readPage(built, 'actions/'));
			expect(actions).toContain(ACTION.text);
			expect(actions).toContain(ACTION.owner);

			const post = parsePage(readPage(built, `blog/${slugify(POST_TITLE)}/`));
			expect(post.select(`main img[alt="${ALT}"]`)).toBeDefined();
		});
	});
}
