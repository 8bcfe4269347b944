import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS } from '../../src/collections/index.ts';
import { CONTENT_DIR } from '../../src/data/paths.ts';
import { copyProject, ROOT } from '../support/project-copy.ts';
import { htmlToText, listFiles, readPage } from '../support/read-dist.ts';
import { runScript } from '../support/run-script.ts';

/** What a co-op writes in place of each placeholder in site.config.ts. */
const FILLED: Record<string, string> = {
	name: 'Hillside Care Co-operative',
	shortName: 'Hillside Care',
	tagline: 'What a new care co-op on the hill is learning.',
	introduction: 'We are a care co-operative owned by the people who give and receive care on the hill.',
	url: 'https://hillside.example.org',
	footerText: 'Hillside Care Co-operative Ltd, registered society number 12345.',
};

/** The example entries that ship with the kit: `collection/id`, and their titles. */
function exampleEntries(): { path: string; title: string }[] {
	return ENTRY_COLLECTIONS.flatMap((collection) =>
		readdirSync(join(ROOT, CONTENT_DIR, collection))
			.filter((name) => /\.mdx?$/.test(name))
			.map((name) => ({
				path: `${collection}/${name.replace(/\.mdx?$/, '')}/`,
				title: /^title: "?(.*?)"?$/m.exec(readFileSync(join(ROOT, CONTENT_DIR, collection, name), 'utf8'))![1]!,
			})),
	);
}

/** The names in the kit's example people and organisations. */
function exampleNames(): string[] {
	return ['people', 'organisations'].flatMap((file) => [...readFileSync(join(ROOT, CONTENT_DIR, `${file}.yaml`), 'utf8').matchAll(/^ {2}name: (.+)$/gm)].map((match) => match[1]!));
}

/** The entry files in a project, relative to content/. */
function entryFiles(dir: string): string[] {
	return ENTRY_COLLECTIONS.flatMap((collection) => readdirSync(join(dir, CONTENT_DIR, collection)).map((name) => `${collection}/${name}`)).sort();
}

let dir: string;
beforeAll(() => {
	dir = copyProject(`fork-new-site-${process.pid}`, { fixtures: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new-site', () => {
	it('changes nothing unless told to go ahead', () => {
		const before = entryFiles(dir);
		const result = runScript(dir, 'new-site');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('npm run new-site -- --yes');
		expect(result.stderr).toContain('Nothing was changed.');
		expect(entryFiles(dir)).toEqual(before);
		expect(readFileSync(join(dir, 'site.config.ts'), 'utf8')).toBe(readFileSync(join(ROOT, 'site.config.ts'), 'utf8'));
	});

	it('removes the example content and leaves one draft example of each type, and the topics', () => {
		expect(exampleEntries().length).toBeGreaterThan(5);
		const result = runScript(dir, 'new-site', ['--yes']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('npm run check');
		const files = entryFiles(dir).filter((file) => file.endsWith('.md'));
		expect(files.map((file) => file.split('/')[0]).sort()).toEqual([...ENTRY_COLLECTIONS].sort());
		for (const file of files) {
			const source = readFileSync(join(dir, CONTENT_DIR, file), 'utf8');
			expect(source, file).toMatch(/^draft: true$/m);
			expect(source, file).toMatch(/^# /m);
		}
		for (const { path } of exampleEntries()) expect(files).not.toContain(`${path.slice(0, -1)}.md`);
		expect(readFileSync(join(dir, CONTENT_DIR, 'topics.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, CONTENT_DIR, 'topics.yaml'), 'utf8'));
		const people = readFileSync(join(dir, CONTENT_DIR, 'people.yaml'), 'utf8') + readFileSync(join(dir, CONTENT_DIR, 'organisations.yaml'), 'utf8');
		for (const name of exampleNames()) expect(people).not.toContain(name);
	});

	it('leaves a config that npm run check refuses until each placeholder is filled in, and nothing else to fix', () => {
		const result = runScript(dir, 'check');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Found 6 problems in 1 file');
		for (const field of Object.keys(FILLED)) expect(result.stderr).toContain(`  - ${field}: This still holds a WRITE placeholder`);
	});

	it('builds, once the placeholders are filled in, a site of its own with none of the example content', () => {
		const file = join(dir, 'site.config.ts');
		let config = readFileSync(file, 'utf8');
		for (const [field, value] of Object.entries(FILLED)) config = config.replace(new RegExp(`^(\\t${field}: ).*$`, 'm'), `$1${JSON.stringify(value)},`);
		writeFileSync(file, config);
		const checked = runScript(dir, 'check');
		expect(checked.stderr).toBe('');
		expect(checked.code).toBe(0);

		const built = runScript(dir, 'build');
		if (built.code !== 0) throw new Error(`The blank site's build failed:\n${built.output}`);
		const dist = join(dir, 'dist');
		const home = readPage(dist, '/');
		expect(home).toContain(`<title>${FILLED.name}: ${FILLED.tagline}</title>`);
		expect(htmlToText(home)).toContain(FILLED.introduction);

		const published = listFiles(dist, '.html').filter((page) => !page.startsWith('pagefind/'));
		const examples = exampleEntries();
		for (const { path } of examples) expect(published).not.toContain(`${path}index.html`);
		expect(published.filter((page) => /(^|\/)example-/.test(page))).toEqual([]);
		const words = [...examples.map((example) => example.title), ...exampleNames()];
		const left = published.flatMap((page) => {
			const text = htmlToText(readFileSync(join(dist, page), 'utf8'));
			return words.filter((word) => text.includes(word)).map((word) => `${page}: "${word}"`);
		});
		expect(left).toEqual([]);
	});
});
