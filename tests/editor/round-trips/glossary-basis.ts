import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fieldGroup, fillIn, readLocalFile } from '../editor-driver.ts';
import type { EditorSession } from '../editor-session.ts';

/**
 * A glossary term's basis is either a word (`own`) or a group of fields (the public definition), and no widget of the
 * editor holds either one: the editor keeps it as written (src/editor/build-editor-fields.ts). In the real editor in
 * Chromium, on a local copy of the fixture site, whose glossary has both kinds: a term added and saved leaves every
 * other term's basis as it was, and the new term is marked as the site's own wording.
 */

type Term = { id: string; basis?: unknown };

/** Registers the glossary test in `editor`, the open editor the board’s round trips share. */
export function describeGlossaryBasis(editor: EditorSession): void {
	let dir: string;
	let page: Page;
	beforeAll(() => {
		({ dir, page } = editor);
	});

	describe('the glossary in the web editor', () => {
		it('keeps each term’s basis, a public definition or own, when a term is added, and marks the new term as the site’s own wording', async () => {
			const before = parseYaml(readFileSync(join(dir, 'content', 'glossary.yaml'), 'utf8')) as Term[];
			expect(new Set(before.map((term) => typeof term.basis))).toEqual(new Set(['string', 'object']));

			await page.getByText('People, organisations, topics, series and the glossary', { exact: true }).first().click();
			await page.getByRole('row', { name: 'Glossary' }).click();
			const list = page.getByRole('group', fieldGroup('Glossary'));
			const add = list.getByRole('button', { name: 'Add \u2068Glossary term\u2069' }).last();
			// The list says how many terms it holds ("5 Glossary" above them). On a busy machine a press can come before
			// the list is ready for it, and add nothing: the list's count says whether it did, so it is pressed again
			// only then, and never adds two.
			const countLabel = list.getByText(/^\s*\d+\s+Glossary\s*$/).first();
			const termCount = async () => parseInt((await countLabel.innerText()).trim(), 10);
			const count = await termCount();
			for (let presses = 0; (await termCount()) === count; presses++) {
				if (presses === 5) throw new Error('The editor added no glossary term after five presses of "Add Glossary term"');
				await add.scrollIntoViewIfNeeded();
				await add.click();
				await expect
					.poll(termCount, { timeout: 3_000 })
					.not.toBe(count)
					.catch(() => undefined);
			}
			expect(await termCount()).toBe(count + 1);
			// The editor draws the items as they scroll into view: the new one is the last, once its empty link name is drawn.
			const idBox = page.getByRole('textbox', { name: 'Link name', exact: true });
			const item = list
				.getByRole('group')
				.filter({ has: page.getByRole('button', { name: 'Remove' }) })
				.filter({ has: idBox })
				.last();
			await expect
				.poll(
					async () => {
						await add.scrollIntoViewIfNeeded();
						return item
							.getByRole('textbox', { name: 'Link name', exact: true })
							.inputValue({ timeout: 500 })
							.catch(() => 'not drawn');
					},
					{ timeout: 15_000 },
				)
				.toBe('');
			await fillIn(page, item.getByRole('textbox', { name: 'Link name', exact: true }), 'direct-payment');
			await fillIn(page, item.getByRole('textbox', { name: 'Term', exact: true }), 'Direct payment');
			await fillIn(page, item.getByRole('textbox', { name: 'Definition', exact: true }), 'Money a council pays a person so they can arrange their own care.');
			await page.getByRole('button', { name: 'Save', exact: true }).click();

			let after: Term[] = [];
			await expect
				.poll(
					async () => {
						after = parseYaml(await readLocalFile(page, 'content/glossary.yaml')) as Term[];
						return after.length;
					},
					{ timeout: 15_000 },
				)
				.toBe(before.length + 1);
			expect(after.slice(0, -1).map(({ id, basis }) => ({ id, basis }))).toEqual(before.map(({ id, basis }) => ({ id, basis })));
			expect(after.at(-1)).toMatchObject({ id: 'direct-payment', term: 'Direct payment', basis: 'own' });
		});
	});
}
