import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copyProject, ROOT } from '../../scripts/lib/copy-project.ts';
import { validateProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { generateEntries, plainCorpus, readCorpus, readReferenceIds, writeGeneratedEntries } from './generate-entries.ts';

const references = readReferenceIds(ROOT);
const corpus = readCorpus(ROOT);
const frontmatter = (text: string) => parseYaml(text.split(/^---$/m)[1]!) as Record<string, unknown>;
const copies: string[] = [];

afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('generateEntries', () => {
	const entries = generateEntries({ count: 200, references, corpus });

	it('gives the same entries for the same seed and different ones for another', () => {
		expect(generateEntries({ count: 20, references, corpus }).map((entry) => entry.text)).toEqual(entries.slice(0, 20).map((entry) => entry.text));
		expect(generateEntries({ count: 20, references, corpus, seed: 2 })[0]?.text).not.toBe(entries[0]?.text);
	});

	it('spreads entries over all five collections with unique ids', () => {
		const collections = new Set(entries.map((entry) => entry.collection));
		expect([...collections].sort()).toEqual(['audits', 'blog', 'minutes', 'practice', 'reports']);
		expect(new Set(entries.map((entry) => entry.path)).size).toBe(entries.length);
	});

	it('writes bodies of about six hundred words', () => {
		const average = entries.reduce((sum, entry) => sum + entry.words, 0) / entries.length;
		expect(average).toBeGreaterThan(500);
		expect(average).toBeLessThan(700);
		for (const entry of entries) expect(entry.words, entry.id).toBeGreaterThan(450);
	});

	it('uses only topics, people and organisations the project defines', () => {
		for (const entry of entries) {
			const data = frontmatter(entry.text);
			for (const topic of data.topics as string[]) expect(references.topics).toContain(topic);
			for (const person of (data.authors as string[] | undefined) ?? []) expect(references.people).toContain(person);
			if (data.organisation) expect(references.organisations).toContain(data.organisation);
		}
	});

	it('varies the text and vocabulary from entry to entry', () => {
		const titles = new Set(entries.map((entry) => frontmatter(entry.text).title));
		expect(titles.size).toBeGreaterThan(entries.length * 0.9);
		const vocabulary = new Set(entries.flatMap((entry) => plainCorpus(entry.text).map((word) => word.toLowerCase())));
		expect(vocabulary.size).toBeGreaterThan(new Set(plainCorpus(corpus).map((word) => word.toLowerCase())).size * 0.5);
	});
});

describe('writeGeneratedEntries', () => {
	it('writes entries the content check accepts', async () => {
		const dir = copyProject(`generate-entries-${process.pid}`);
		copies.push(dir);
		const written = writeGeneratedEntries(dir, 80, 7);
		expect(written).toHaveLength(80);
		expect(await validateProject(dir, { ...process.env })).toEqual([]);
	});
});
