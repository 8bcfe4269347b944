import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { benchMix } from './bench-entries.ts';
import { generateEntries, readCorpus, readReferenceIds } from './generate-entries.ts';
import { ROOT } from '../../scripts/lib/copy-project.ts';

const generated = generateEntries({ count: 200, seed: 3, references: readReferenceIds(ROOT), corpus: readCorpus(ROOT) });
const mixed = benchMix(generated);
const frontmatter = (text: string) => parse(text.slice(4, text.indexOf('\n---\n', 4))) as Record<string, unknown>;

describe('benchMix', () => {
	it('keeps every entry, in order, with the same ids', () => {
		expect(mixed.map(({ entry }) => entry.id)).toEqual(generated.map((entry) => entry.id));
	});

	it('makes 2% drafts and gives 2% a cover photo of their own', () => {
		expect(mixed.filter(({ entry }) => frontmatter(entry.text).draft === true)).toHaveLength(4);
		const withPhotos = mixed.filter(({ photo }) => photo);
		expect(withPhotos).toHaveLength(4);
		for (const { entry, photo } of withPhotos) {
			expect(frontmatter(entry.text).cover).toEqual({ src: `./images/${entry.id}.jpg`, alt: expect.any(String) });
			expect(photo).toBe(`content/${entry.collection}/images/${entry.id}.jpg`);
		}
	});

	it('turns about 10% into MDX with JSX and an expression, leaving the frontmatter valid', () => {
		const mdx = mixed.filter(({ entry }) => entry.path.endsWith('.mdx'));
		expect(mdx.length).toBeGreaterThanOrEqual(15);
		expect(mdx.length).toBeLessThanOrEqual(20);
		for (const { entry } of mdx) {
			expect(entry.text).toMatch(/<aside class="note">[\s\S]*\{facts\.members\}/);
			expect(frontmatter(entry.text).title).toEqual(expect.any(String));
		}
	});

	it('is repeatable', () => {
		expect(benchMix(generated)).toEqual(mixed);
	});
});
