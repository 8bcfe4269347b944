/**
 * Writes a new co-op's Sharing Care site from the template in ../template: what `npm create sharing-care` does
 * (bin/create-sharing-care.mjs asks the questions). Plain JavaScript with nothing but Node's own modules, so it
 * runs on whatever Node the co-op has (20 or newer), before anything is installed.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The files of a new site, as the co-op gets them (bar the renames in RENAMED). */
export const TEMPLATE_DIR = join(PACKAGE_DIR, 'template');

/** This package's version, which is the kit's too: the two are released together. */
export const VERSION = /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'))).version;

/** The kit a new site asks for unless told otherwise: this version, or a newer one that is compatible. */
export const DEFAULT_KIT = `^${VERSION}`;

/** Template files written under another name: npm leaves any `.gitignore` out of a package, so the template holds it as `_gitignore`. */
const RENAMED = /** @type {Record<string, string>} */ ({ _gitignore: '.gitignore' });

/** The word every placeholder of site.config.ts starts with (the kit's config check refuses it: PLACEHOLDER_MARK). */
export const PLACEHOLDER_MARK = 'WRITE';

/**
 * An npm package name for the site, from its folder's name: `Hillside Care` → `hillside-care`. The name is never
 * published (the site is private); npm only needs it to be valid.
 * @param {string} folder
 * @returns {string}
 */
export function packageNameFor(folder) {
	const name = basename(resolve(folder))
		.toLowerCase()
		.replace(/[^a-z0-9._~-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[._~-]+|[._~-]+$/g, '')
		.slice(0, 214);
	return name || 'sharing-care-site';
}

/**
 * What stops a site being written in a folder, or undefined when nothing does: the folder must not exist yet,
 * or be empty, so nothing of the co-op's is ever overwritten.
 * @param {string} folder
 * @returns {string | undefined}
 */
export function folderProblem(folder) {
	if (!existsSync(folder)) return undefined;
	if (!statSync(folder).isDirectory()) return `${folder} is a file. Give the name of a new folder for the site.`;
	if (readdirSync(folder).length > 0) return `${folder} already has files in it. Give the name of a new folder (or an empty one) for the site.`;
	return undefined;
}

/**
 * A value as TypeScript source, in the config's style: single quotes unless the text holds one (or a backslash).
 * @param {string} value
 */
function literal(value) {
	return /['\\\n]/.test(value) ? JSON.stringify(value) : `'${value}'`;
}

/**
 * Writes values in place of the placeholders of site.config.ts, field by field, as a co-op would by hand: the
 * quoted placeholder on the field's line is replaced, so `logo: { src: '…', alt: 'WRITE: …' }` takes its alt text.
 * Each field given must still hold its placeholder: a field that does not is an error, never a silent no-op.
 * @param {string} source the text of site.config.ts
 * @param {Record<string, string>} values the words for each field, such as `{ name: 'Hillside Care' }`
 * @returns {string}
 */
export function fillSiteConfig(source, values) {
	let filled = source;
	for (const [field, value] of Object.entries(values)) {
		const line = new RegExp(`^\\t${field}: .*,$`, 'm');
		const found = line.exec(filled)?.[0];
		// The quoted texts on the line, each whole (a quote mark of the other kind inside one is part of it).
		const placeholder =
			found && [...found.matchAll(/(['"])(?:(?!\1).)*\1/g)].map((match) => match[0]).find((text) => new RegExp(`\\b${PLACEHOLDER_MARK}[:-]`).test(text));
		if (!found || !placeholder) throw new Error(`site.config.ts has no placeholder for ${field} to fill in.`);
		filled = filled.replace(found, found.replace(placeholder, literal(value)));
	}
	return filled;
}

/**
 * The site's address from what someone typed: `care.example.org` → `https://care.example.org`. The kit wants the
 * address without a folder (GitHub Pages' folder goes in basePath, and the deploy workflow sets it).
 * @param {string} answer
 * @returns {{ url: string } | { problem: string }}
 */
export function readAddress(answer) {
	const typed = answer.trim();
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`;
	let url;
	try {
		url = new URL(withScheme);
	} catch {
		return { problem: `"${typed}" is not a web address. Write it like https://care.example.org` };
	}
	if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.'))
		return { problem: `"${typed}" is not a web address. Write it like https://care.example.org` };
	if (url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash) {
		return { problem: `Give the address without a folder, such as ${url.origin}. On GitHub Pages the folder is filled in for you when the site is published.` };
	}
	return { url: url.origin };
}

/**
 * Every file under a folder, relative to it, with `/` between folders, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
	/** @type {string[]} */
	const files = [];
	const walk = (/** @type {string} */ folder) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.push(relative(dir, path).split('\\').join('/'));
		}
	};
	walk(dir);
	return files.sort();
}

/**
 * @typedef {object} SiteOptions
 * @property {string} [kit] the npm spec the site installs the kit from: `^0.2.0`, or `file:./sharing-care-0.2.0.tgz`
 * @property {string} [name] the co-op's full name, written into site.config.ts
 * @property {string} [url] the site's address (as readAddress gives it), written into site.config.ts
 */

/**
 * Writes a new site into `folder` (which folderProblem must allow): the template, with the site's package name
 * taken from the folder, the kit asked for as `kit`, and the co-op's name and address filled in when given.
 * Returns the files written, relative to the folder.
 * @param {string} folder
 * @param {SiteOptions} [options]
 * @returns {string[]}
 */
export function writeSite(folder, { kit = DEFAULT_KIT, name, url } = {}) {
	const problem = folderProblem(folder);
	if (problem) throw new Error(problem);
	const files = listFiles(TEMPLATE_DIR);
	for (const file of files) {
		const parts = file.split('/');
		const last = parts.pop() ?? '';
		const target = join(folder, ...parts, RENAMED[last] ?? last);
		mkdirSync(join(folder, ...parts), { recursive: true });
		copyFileSync(join(TEMPLATE_DIR, file), target);
	}

	const packageFile = join(folder, 'package.json');
	const manifest = JSON.parse(readFileSync(packageFile, 'utf8'));
	manifest.name = packageNameFor(folder);
	manifest.dependencies = { ...manifest.dependencies, 'sharing-care': kit };
	writeFileSync(packageFile, `${JSON.stringify(manifest, null, 2)}\n`);

	/** @type {Record<string, string>} */
	const values = {};
	// The logo's text alternative is the co-op's name until the co-op changes the logo.
	if (name?.trim()) Object.assign(values, { name: name.trim(), logo: name.trim() });
	if (url) values.url = url;
	if (Object.keys(values).length) {
		const configFile = join(folder, 'site.config.ts');
		writeFileSync(configFile, fillSiteConfig(readFileSync(configFile, 'utf8'), values));
	}
	return listFiles(folder);
}

/**
 * What to do next, for the message printed once the site is written.
 * @param {string} folder
 * @param {string} [cwd]
 * @returns {string}
 */
export function nextSteps(folder, cwd = process.cwd()) {
	const near = relative(cwd, resolve(folder)) || '.';
	const path = near.startsWith('..') ? resolve(folder) : near;
	const cd = /[^\w./-]/.test(path) ? `"${path}"` : path;
	return [
		'Next:',
		`  1. cd ${cd}`,
		'  2. npm install        fetches the kit and everything it needs (a minute or two)',
		`  3. Open site.config.ts and replace every "${PLACEHOLDER_MARK}" placeholder with your own words`,
		'     (npm run check lists any left)',
		'  4. npm run dev        shows the site at http://localhost:4321 as you write',
		'',
		'README.md in the folder says what each command does, how to publish the site, and how to keep the kit up to date.',
	].join('\n');
}
