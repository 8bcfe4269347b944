import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Locator, Page } from 'playwright-core';

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
 * The accessible name the editor gives a field's group: “Title” Field, with the label wrapped in Unicode isolation
 * marks as the editor writes every label it interpolates.
 */
export const fieldGroup = (label: string) => ({ name: `\u201c\u2068${label}\u2069\u201d Field`, exact: true });

/** Text as a person reads it: without the isolation marks the editor puts around interpolated words. */
export const readable = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/**
 * The editor draws fields as they scroll into view: scrolls the form down until `locator` exists, and returns it.
 */
export async function reveal(page: Page, locator: Locator): Promise<Locator> {
	for (let tries = 0; tries < 40 && (await locator.count()) === 0; tries++) {
		await page.mouse.move(300, 600);
		await page.mouse.wheel(0, 400);
		await page.waitForTimeout(100);
	}
	return locator.first();
}

/** Opens the editor's form for a new entry in the collection labelled `collection`. */
export async function startEntry(page: Page, collection: string): Promise<Locator> {
	await page.getByRole('navigation').getByText(collection, { exact: true }).or(page.getByText(collection, { exact: true })).first().click();
	await page.getByRole('button', { name: 'Create New Entry' }).click();
	return page.getByRole('group', { name: /^Edit .* Content$/ });
}
