import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveDist, type ServedSite } from '../../packages/sharing-care/src/cli/serve-dist.ts';
import { headersForPath, parseHeadersFile } from '../../packages/sharing-care/src/lib/headers/format-headers-file.ts';
import { launchBrowser } from '../support/browser.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { offerLocalFolder, readProjectFolder } from './editor-driver.ts';

/** The real editor, open in Chromium on a copy of the fixture site's content. */
export interface EditorSession {
	/** The copy whose content the editor works on (its files are the editor's starting folder). */
	dir: string;
	page: Page;
	/** Closes the browser and the server, and removes the copy. */
	close(): Promise<void>;
}

/**
 * Opens the web editor of the shared test build (`siteDist`, served with its own `/admin/` headers) in Chromium, on
 * a fresh copy of the fixture site's content (`.build/sites/<name>-<pid>/`) handed over as a local folder, and waits
 * until it lists the entries.
 */
export async function openEditor(name: string): Promise<EditorSession> {
	const dir = await copyFixtureSite(`${name}-${process.pid}`);
	const dist = inject('siteDist');
	let site: ServedSite | undefined;
	let browser: Browser | undefined;
	const close = async () => {
		await browser?.close();
		await site?.close();
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		site = await serveDist(dist, '/', headersForPath(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')), '/admin/'));
		browser = await launchBrowser();
		const page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })).newPage();
		await offerLocalFolder(page, readProjectFolder(dir));
		await page.goto(`${site.url}admin/`);
		await page.getByRole('button', { name: 'Work with Local Repository' }).click();
		await page.getByRole('button', { name: 'Create New Entry' }).first().waitFor();
		return { dir, page, close };
	} catch (error) {
		await close();
		throw error;
	}
}

/**
 * The editor, opened (as openEditor opens it) before the tests of the calling file and closed after them; its fields
 * are set once the tests start. Opening it costs Chromium about 3 CPU-seconds, so tests that can follow one another
 * in one editor share it (tests/editor/board-round-trips.test.ts).
 */
export function editorForTests(name: string): EditorSession {
	const editor = {} as EditorSession;
	beforeAll(async () => {
		Object.assign(editor, await openEditor(name));
	});
	afterAll(async () => {
		await editor.close?.();
	});
	return editor;
}
