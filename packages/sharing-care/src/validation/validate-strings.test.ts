import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteWording, readStringsSource } from './validate-strings.ts';

const roots: string[] = [];

/** A project folder whose content/strings.yaml holds `wording`, or that has none. */
function project(wording?: string): string {
	const root = mkdtempSync(join(tmpdir(), 'sharing-care-strings-'));
	roots.push(root);
	if (wording !== undefined) {
		mkdirSync(join(root, 'content'));
		writeFileSync(join(root, 'content', 'strings.yaml'), wording);
	}
	return root;
}

/** The problems readSiteWording finds in a project's wording: none when it has no wording. */
const validateStrings = (root: string) => readSiteWording(root)?.problems ?? [];

afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('readSiteWording', () => {
	it('finds nothing to check in a site with no wording of its own', async () => {
		const root = project();
		expect(readStringsSource(root)).toBeNull();
		expect(validateStrings(root)).toEqual([]);
	});

	it('accepts wording whose every key is the site’s', async () => {
		expect(validateStrings(project('home.startHere: Where to begin\ncollections.blog.plural: News\n'))).toEqual([]);
	});

	it('names content/strings.yaml, the line and the key of each problem', async () => {
		expect(validateStrings(project('home.startHere: Where to begin\nhome.strtHere: Begin\n'))).toEqual([
			expect.objectContaining({
				file: 'content/strings.yaml',
				line: 2,
				field: 'home.strtHere',
				message: expect.stringContaining('Did you mean home.startHere?'),
			}),
		]);
	});
});
