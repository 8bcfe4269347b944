/**
 * Takes the screenshots of the web editor that EDITING.md shows, from the real editor on the built site, working on
 * a copy of this project's content in the browser's own storage (nothing in the project changes):
 *
 *   npm run build && npm run screenshot-editor
 *
 * Writes docs/editor/*.png.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { headersForPath, parseHeadersFile } from '../packages/sharing-care/src/lib/headers/format-headers-file.ts';
import { readSiteAddress } from '../packages/sharing-care/src/cli/read-site-address.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../packages/sharing-care/src/cli/serve-dist.ts';
import { fieldGroup, fillIn, offerLocalFolder, readProjectFolder, reveal, scrollToTop, setOn, startEntry } from '../tests/editor/editor-driver.ts';

const root = process.cwd();
const dist = resolve(root, 'dist');
const out = join(root, 'docs', 'editor');
if (!existsSync(join(dist, 'admin', 'index.html'))) {
	console.error(`No editor in ${dist}: run npm run build first.`);
	process.exit(1);
}
mkdirSync(out, { recursive: true });

const { base } = readSiteAddress(dist);
const site = await serveDist(dist, base, headersForPath(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')), `${base}admin/`));
const browser = await launchBrowser();
const page: Page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } })).newPage();
await offerLocalFolder(page, readProjectFolder(root));

/** Saves a screenshot of the page, or of one part of it, as docs/editor/<name>.png. */
async function shoot(name: string, part?: Locator): Promise<void> {
	await page.waitForTimeout(400);
	const path = join(out, `${name}.png`);
	await (part ? part.screenshot({ path }) : page.screenshot({ path }));
	console.log(`  ${path}`);
}

try {
	await page.goto(`${site.url}admin/`);
	await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor();
	await shoot('sign-in');

	await page.getByRole('button', { name: 'Work with Local Repository' }).click();
	await page.getByRole('button', { name: 'Create New Entry' }).first().waitFor();
	await page.getByText('Blog', { exact: true }).first().click();
	await shoot('collections');

	const form = await startEntry(page, 'Board minutes');
	await fillIn(page, form.getByRole('textbox', { name: 'Title' }), 'Board meeting, 12 March 2025');
	await fillIn(page, form.getByRole('textbox', { name: 'Meeting date' }), '2025-03-12');
	await shoot('new-minutes');

	const draft = await reveal(page, form.getByRole('switch', { name: 'Draft (not published)' }));
	await setOn(page, draft, false);
	await draft.scrollIntoViewIfNeeded();
	await shoot('draft-switch');

	const decisions = await reveal(page, form.getByRole('group', fieldGroup('Decisions')));
	await decisions.getByRole('button', { name: 'Add \u2068Decision\u2069' }).click();
	await fillIn(page, decisions.getByRole('textbox', { name: 'What' }).nth(0), 'The budget for 2025 to 2026 is approved.');
	await decisions.getByRole('button', { name: 'Add \u2068Decision\u2069' }).last().click();
	await fillIn(page, decisions.getByRole('textbox', { name: 'What' }).nth(1), 'Members can join online from April.');
	await decisions.getByRole('combobox', { name: 'Topics' }).nth(1).click();
	await page.getByRole('option', { name: 'Membership and governance' }).click();
	await decisions.getByRole('textbox', { name: 'What' }).nth(1).click();
	await shoot('decisions');

	const actions = await reveal(page, form.getByRole('group', fieldGroup('Actions')));
	await (await reveal(page, actions.getByRole('button', { name: 'Add \u2068Action\u2069' }))).click();
	await fillIn(page, actions.getByRole('textbox', { name: 'What' }), 'Publish the online membership form.');
	await fillIn(page, actions.getByRole('textbox', { name: 'Who' }), 'Secretary');
	await fillIn(page, await reveal(page, actions.getByRole('textbox', { name: 'Due by' })), '2025-04-01');
	await shoot('actions');

	// Saving without a title is refused, each field saying what is wrong.
	await scrollToTop(page);
	await fillIn(page, form.getByRole('textbox', { name: 'Title' }), '');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await shoot('refused');
	await page.getByRole('button', { name: 'Cancel Editing' }).click();
	const discard = page.getByRole('dialog').getByRole('button', { name: /Discard|Leave|OK/ });
	if (
		await discard
			.first()
			.isVisible()
			.catch(() => false)
	)
		await discard.first().click();

	const post = await startEntry(page, 'Blog');
	const picture = await reveal(page, post.getByRole('group', fieldGroup('Picture')));
	await setOn(page, picture.getByRole('checkbox', { name: 'Add \u2068Picture\u2069' }), true);
	await (await reveal(page, picture.getByRole('button', { name: 'Browse' }))).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Upload' }).waitFor();
	await shoot('picture');
} finally {
	await browser.close();
	await site.close();
}
