import type { UiStrings } from '../i18n/locales/en-GB.ts';

/**
 * Text of the editor's own that the site words its own way, by its key in the editor's locale files
 * (`@sveltia/cms/locales/<locale>.json`), in the editor's own marks (`{$name}`).
 */
export type EditorUiWording = Readonly<Record<string, string>>;

/**
 * The editor's own text that the strings table words instead: the title of the form for a new entry, "New board
 * minutes" (`editor.newEntry`) rather than the editor's "Creating Board minutes". The editor fills `{$name}` with the
 * collection's `label_singular`.
 */
export function editorUiWording(strings: Pick<UiStrings, 'editor'>): EditorUiWording {
	return { create_entry_title: strings.editor.newEntry('{$name}') };
}

/** Whether one of the editor's locales (`en-GB`) is in the language of the site's (`en-GB`, `en`): the site's words then replace the editor's. */
export function speaksLanguageOf(editorLocale: string, siteLocale: string): boolean {
	const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
	return language(editorLocale) === language(siteLocale);
}

/**
 * One of the editor's locale files (its JSON) with the site's words in place of its own, key by key. A key the file
 * does not have is an error: an upgrade of the editor that renames one must update `editorUiWording`, not quietly
 * show the editor's words again.
 */
export function rewordLocaleFile(json: string, wording: EditorUiWording): string {
	const texts = JSON.parse(json) as Record<string, unknown>;
	for (const [key, text] of Object.entries(wording)) {
		if (typeof texts[key] !== 'string')
			throw new Error(`The editor's locale file no longer has the text "${key}". Update editorUiWording in src/editor/reword-editor-ui.ts.`);
		texts[key] = text;
	}
	return JSON.stringify(texts);
}

/**
 * The editor's bundle with the site's words in place of its built-in English ones (`create_entry_title:\`Creating
 * {$name}\``), which it shows when the browser asks for US English and fetches no locale file. A key the bundle does
 * not write that way is an error, as in `rewordLocaleFile`.
 */
export function rewordBundle(source: string, wording: EditorUiWording): string {
	let reworded = source;
	for (const [key, text] of Object.entries(wording)) {
		const pattern = new RegExp(`(?<=[{,])${key}:\`[^\`]*\``);
		if (!pattern.test(reworded))
			throw new Error(`The editor's bundle no longer has its own text "${key}". Update editorUiWording in src/editor/reword-editor-ui.ts.`);
		reworded = reworded.replace(pattern, () => `${key}:${JSON.stringify(text)}`);
	}
	return reworded;
}
