import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { projectRoot } from '../config/project-root.ts';
import { localiseBundle, type LocalCopy } from './localise-bundle.ts';
import { rewordBundle, rewordLocaleFile, speaksLanguageOf, type EditorUiWording } from './reword-editor-ui.ts';

/** The folder of the web editor in the built site: its page is `/admin/`. */
export const EDITOR_FOLDER = 'admin';

/**
 * The editor's page in the built site. A tool for the board, not a page for readers: it is linked from nowhere,
 * loads a large script, and has a policy of its own; the whole-site checks leave it to tests/editor/.
 */
export const EDITOR_PAGE = `${EDITOR_FOLDER}/index.html`;

/** One file the editor's page loads from the site, under the editor's folder. */
export interface EditorFile {
	/** Its path inside the editor's folder: `fonts/noto-mono-latin-400-normal.woff2`. */
	path: string;
	type: string;
	body: () => string | Uint8Array<ArrayBuffer>;
}

/** Packages are found from the site's folder, wherever Vite bundles this module. */
const require = createRequire(join(projectRoot, 'package.json'));

/** The installed editor package's folder and version. */
function editorPackage(): { dir: string; version: string } {
	const dir = dirname(dirname(require.resolve('@sveltia/cms')));
	return { dir, version: (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version };
}

/**
 * The fonts the bundle would fetch from a CDN (the UI's text, its icons, and code), as the same files from the
 * installed font packages, pinned to the versions the bundle names. A version in the bundle's address may differ.
 */
const FONTS = [
	{
		from: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/,
		file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
	},
	{
		from: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/,
		file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
	},
	{
		from: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/,
		file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
	},
] as const;

/** Where the bundle asks for its own files (its UI strings in other languages, its latest version): the site's copy of the package. */
const PACKAGE_ADDRESS = 'https://unpkg.com/@sveltia/cms';
/** GitHub's status, which the bundle checks every few minutes; the site answers "unknown", so nothing is shown. */
const STATUS_ADDRESS = 'https://www.githubstatus.com/api/v2/status.json';

/**
 * Where the bundle loads Immutable.js from (a CDN) for custom preview templates (src/editor/preview-templates.ts),
 * which are given entries as Immutable maps: the call that loads it, replaced by a load of the site's copy of the
 * package the editor's package installs.
 */
const IMMUTABLE_LOAD = /[\w$]+\(`immutable`,`dist\/immutable\.es\.js`\)/;
const IMMUTABLE_FILE = 'immutable.es.js';

/**
 * The React DOM chunk, which the bundle loads from beside itself (chunks/react-dom.js) to draw custom preview
 * templates.
 */
const REACT_DOM_CHUNK = 'chunks/react-dom.js';

/** The outside addresses in the bundle and the site's copies, under the editor's folder at `folder` (`/admin/`). */
export function localCopies(folder: string): LocalCopy[] {
	return [
		{ from: PACKAGE_ADDRESS, to: `${folder}sveltia-cms` },
		...FONTS.map(({ from, file }) => ({ from, to: `${folder}fonts/${basename(file)}` })),
		{ from: STATUS_ADDRESS, to: `${folder}github-status.json` },
		{ from: IMMUTABLE_LOAD, to: `import(${JSON.stringify(`${folder}${IMMUTABLE_FILE}`)})` },
	];
}

/** The site's own words for some of the editor's text (src/editor/reword-editor-ui.ts), and the site's locale, whose language they are in. */
export interface EditorUiText {
	locale: string;
	wording: EditorUiWording;
}

/**
 * Every file the editor's page loads besides itself and its config, served from the site: the editor (its bundle,
 * with outside addresses pointing here), its UI strings in each language, the fonts, the answers to its version
 * and status checks, and the two libraries it draws preview templates with (React DOM and Immutable.js). `folder` is
 * the editor folder's address, base path included. Where the editor speaks the site's language, `ui` gives its words
 * in place of some of the editor's own.
 */
export function editorFiles(folder: string, ui: EditorUiText = { locale: 'en', wording: {} }): EditorFile[] {
	const { dir, version } = editorPackage();
	const json = (data: unknown) => () => `${JSON.stringify(data)}\n`;
	const locales = readdirSync(join(dir, 'locales')).filter((name) => name.endsWith('.json'));
	// The bundle holds the editor's US English, which it shows without fetching a locale file.
	const bundleWording = speaksLanguageOf('en-US', ui.locale) ? ui.wording : {};
	const localeFile = (name: string) => {
		const text = readFileSync(join(dir, 'locales', name), 'utf8');
		return speaksLanguageOf(name.replace(/\.json$/, ''), ui.locale) ? rewordLocaleFile(text, ui.wording) : text;
	};
	return [
		{
			path: 'sveltia-cms.js',
			type: 'text/javascript; charset=utf-8',
			body: () => rewordBundle(localiseBundle(readFileSync(join(dir, 'dist', 'sveltia-cms.js'), 'utf8'), localCopies(folder)), bundleWording),
		},
		...locales.map((name) => ({ path: `sveltia-cms@${version}/locales/${name}`, type: 'application/json', body: () => localeFile(name) })),
		// The installed version, so the editor never offers to update itself from elsewhere.
		{ path: 'sveltia-cms/package.json', type: 'application/json', body: json({ name: '@sveltia/cms', version }) },
		...FONTS.map(({ file }) => ({ path: `fonts/${basename(file)}`, type: 'font/woff2', body: () => new Uint8Array(readFileSync(require.resolve(file))) })),
		{ path: 'github-status.json', type: 'application/json', body: json({ status: { indicator: 'unknown' } }) },
		{ path: REACT_DOM_CHUNK, type: 'text/javascript; charset=utf-8', body: () => readFileSync(join(dir, 'dist', REACT_DOM_CHUNK), 'utf8') },
		{
			path: IMMUTABLE_FILE,
			type: 'text/javascript; charset=utf-8',
			body: () => readFileSync(createRequire(join(dir, 'package.json')).resolve(`immutable/dist/${IMMUTABLE_FILE}`), 'utf8'),
		},
	];
}
