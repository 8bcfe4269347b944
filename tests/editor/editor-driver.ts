import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { POLL_MS } from '../support/browser.ts';

/** A folder's files by path (`content/minutes/x.md`), as base64, for the browser. */
export type FolderFiles = Record<string, string>;

/**
 * A project's content as the editor's local-folder workflow sees a clone: `content/` with every file in it, and
 * the two files that make the folder a git repository.
 */
export function readProjectFolder(dir: string): FolderFiles {
	const files: FolderFiles = {
		'.git/HEAD': Buffer.from('ref: refs/heads/main\n').toString('base64'),
		'.git/config': Buffer.from('[remote "origin"]\n\turl = https://github.com/hillside-care/sharing-care.git\n').toString('base64'),
	};
	const content = join(dir, 'content');
	for (const name of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
		const path = join(content, name);
		if (statSync(path).isFile()) files[relative(dir, path).split(sep).join('/')] = readFileSync(path).toString('base64');
	}
	return files;
}

/**
 * Stands the browser's origin-private file system in for the folder picker: when the editor asks for a folder
 * ("Work with Local Repository"), `files` are written there and that folder is handed over. The real editor then
 * reads and saves real files, as it would in a clone on the board member's computer.
 */
export async function offerLocalFolder(page: Page, files: FolderFiles): Promise<void> {
	await page.addInitScript((entries: FolderFiles) => {
		(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => {
			const root = await navigator.storage.getDirectory();
			for (const [path, base64] of Object.entries(entries)) {
				const parts = path.split('/');
				let dir = root;
				for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
				const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
				await writable.write(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
				await writable.close();
			}
			return root;
		};
	}, files);
}

/** Every file under `folder` in the origin-private file system, by path from the folder's parent, as bytes. */
export async function readLocalFolder(page: Page, folder: string): Promise<Record<string, Buffer>> {
	const files = await page.evaluate(async (start: string) => {
		const found: Record<string, string> = {};
		let dir = await navigator.storage.getDirectory();
		for (const part of start.split('/')) dir = await dir.getDirectoryHandle(part);
		const walk = async (handle: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
			for await (const [name, child] of (handle as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
				if (child.kind === 'directory') await walk(child as FileSystemDirectoryHandle, `${prefix}${name}/`);
				else {
					const bytes = new Uint8Array(await (await (child as FileSystemFileHandle).getFile()).arrayBuffer());
					found[`${prefix}${name}`] = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
				}
			}
		};
		await walk(dir, `${start}/`);
		return found;
	}, folder);
	return Object.fromEntries(Object.entries(files).map(([path, base64]) => [path, Buffer.from(base64, 'base64')]));
}

/**
 * Waits until the editor has written `path` (from the folder's parent: `content/minutes/x.md`) in the origin-private
 * file system, and it holds something, looking for it in the page every POLL_MS: one small call a look, where reading
 * the whole folder each time sent all of it over.
 */
export async function waitForLocalFile(page: Page, path: string, timeout = 15_000): Promise<void> {
	await page.waitForFunction(
		async (path: string) => {
			const parts = path.split('/');
			try {
				let dir = await navigator.storage.getDirectory();
				for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
				return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).size > 0;
			} catch {
				return false;
			}
		},
		path,
		{ polling: POLL_MS, timeout },
	);
}

/** The text of one file the editor keeps in the origin-private file system (`path` as for waitForLocalFile). */
export async function readLocalFile(page: Page, path: string): Promise<string> {
	return page.evaluate(async (path: string) => {
		const parts = path.split('/');
		let dir = await navigator.storage.getDirectory();
		for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
		return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
	}, path);
}

/**
 * The accessible name the editor gives a field's group: “Title” Field, with the label wrapped in Unicode isolation
 * marks as the editor writes every label it interpolates.
 */
export const fieldGroup = (label: string) => ({ name: `\u201c\u2068${label}\u2069\u201d Field`, exact: true });

/** Text as a person reads it: without the isolation marks the editor puts around interpolated words. */
export const readable = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/**
 * The words a screen reader reads out for an element, from its accessibility tree: no hidden icons (whose ligature
 * names are their text), no text hidden from view, no isolation marks.
 */
export async function spokenText(locator: Locator): Promise<string> {
	const words: string[] = [];
	const collect = (node: unknown): void => {
		if (typeof node === 'string') words.push(node);
		else if (Array.isArray(node)) node.forEach(collect);
		else if (node && typeof node === 'object') Object.values(node).forEach(collect);
	};
	collect(parseYaml(await locator.ariaSnapshot()));
	return readable(words.join(' ')).replace(/\s+/g, ' ').trim();
}

/**
 * In the browser: scrolls the pane of `element` (the part of the form, or the page, that scrolls) to its top, or, to
 * have the editor draw all of it, from its top to its bottom half a screen at a time, waiting at each step for the
 * frames in which the editor draws what came into view (it draws a field only once it is seen; then it stays), and
 * back to where it was.
 */
async function scrollPane(element: HTMLElement | SVGElement, mode: string): Promise<void> {
	const scrolls = (candidate: Element): candidate is HTMLElement =>
		candidate instanceof HTMLElement && candidate.clientHeight > 200 && /auto|scroll/.test(getComputedStyle(candidate).overflowY);
	let pane: HTMLElement | undefined = [element, ...element.querySelectorAll('*')].find(scrolls);
	for (let parent = element.parentElement; !pane && parent; parent = parent.parentElement) if (scrolls(parent)) pane = parent;
	if (!pane) return;
	// A field seen in one frame is drawn by the next.
	const drawn = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	const start = mode === 'top' ? 0 : pane.scrollTop;
	if (mode === 'draw') {
		for (let top = 0; top < pane.scrollHeight; top += pane.clientHeight / 2) {
			pane.scrollTop = top;
			await drawn();
		}
	}
	pane.scrollTop = start;
	await drawn();
}

/** The form the editor is showing: a new entry's or one being edited. */
const formOf = (page: Page) => page.getByRole('group', { name: /^Edit .* Content$/ });

/** The form the editor is showing, or the page when it shows none. */
const paneOf = async (page: Page) => ((await formOf(page).count()) ? formOf(page) : page.locator('body'));

/**
 * The editor draws fields as they scroll into view: has it draw the whole form if `locator` is not there yet, then
 * waits for it, and returns it.
 */
export async function reveal(page: Page, locator: Locator): Promise<Locator> {
	if ((await locator.count()) === 0) await (await paneOf(page)).evaluate(scrollPane, 'draw');
	await locator.first().waitFor({ state: 'attached' });
	return locator.first();
}

/** Scrolls the form back to its first fields. */
export async function scrollToTop(page: Page): Promise<void> {
	await (await paneOf(page)).evaluate(scrollPane, 'top');
}

/**
 * Types a value into a text box and makes sure the editor kept it: the box still holds it once the editor has
 * drawn the frame after the change.
 */
export async function fillIn(_page: Page, box: Locator, value: string): Promise<void> {
	await box.fill(value);
	await box.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	const kept = await box.inputValue();
	if (kept !== value) throw new Error(`The editor did not keep "${value}" (it holds "${kept}")`);
}

/** How long a try of typeInBody waits for the box it clicked to have the focus before it clicks again. */
const FOCUS_WAIT_MS = 2_000;

/**
 * Types `text` into an entry's body (its rich-text box) key by key, as a person does, and waits until the editor has
 * taken the words into the entry, a moment after the last key: its preview pane shows them (the editor shows the
 * pane in a window 1,024 pixels wide or more). A save straight after the keys could write the entry without them.
 * The keys go where the focus is, so each try waits until the box has it; a box still setting itself up on a busy
 * machine can take the click and then lose the focus, and the keys with it. A focus that is coming is there within
 * FOCUS_WAIT_MS, and one that was lost does not come back without another click, so the next try clicks again then
 * rather than after 10 s, as it did. What the box holds is cleared and the words typed again, at most three times,
 * before it fails saying what the box held.
 */
export async function typeInBody(page: Page, box: Locator, text: string): Promise<void> {
	let held = '';
	for (let attempt = 1; attempt <= 3; attempt++) {
		await box.click();
		const focused = await page
			.waitForFunction((element) => element?.contains(document.activeElement), await box.elementHandle(), { polling: POLL_MS, timeout: FOCUS_WAIT_MS })
			.then(
				() => true,
				() => false,
			);
		if (!focused) continue;
		await page.keyboard.type(text);
		held = (await box.textContent()) ?? '';
		if (held.includes(text)) {
			await page.frameLocator('iframe.preview').getByText(text).first().waitFor();
			return;
		}
		await box.click();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.press('Backspace');
	}
	throw new Error(`The entry's text box did not take "${text}" in three tries: it holds "${held}"`);
}

/** Turns a switch or tick box on or off: Playwright clicks it and checks that it changed. */
export async function setOn(_page: Page, control: Locator, on: boolean): Promise<void> {
	await control.setChecked(on);
}

/**
 * Opens the editor's form for a new entry in the collection labelled `collection`, once it has filled in its first
 * values (every entry starts with a date: today, as a meeting's or a publication date) and drawn all its fields.
 */
export async function startEntry(page: Page, collection: string): Promise<Locator> {
	await page
		.getByRole('navigation')
		.getByText(collection, { exact: true })
		.or(page.getByText(collection, { exact: true }))
		.first()
		.click();
	await page.getByRole('button', { name: 'Create New Entry' }).first().click();
	const form = formOf(page);
	await form.waitFor();
	await page.waitForFunction(
		() => Array.from(document.querySelectorAll<HTMLInputElement>('input[type="date"]')).some((input) => input.value !== ''),
		undefined,
		{
			polling: POLL_MS,
		},
	);
	await form.evaluate(scrollPane, 'draw');
	return form;
}
