import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { UNPUBLISHED_MARKERS } from '../support/fixture-site.ts';
import { listFiles } from '../support/read-dist.ts';

describe('drafts and scheduled entries', () => {
	for (const name of ['siteDist', 'basedSiteDist'] as const) {
		it(`never reach any text file of the ${name === 'siteDist' ? 'root' : 'base-path'} build`, () => {
			const dist = inject(name);
			const files = listFiles(dist).filter((file) => /\.(html|xml|json|txt|js|css|webmanifest)$/.test(file));
			expect(files.length).toBeGreaterThan(20);
			for (const file of files) {
				const text = readFileSync(join(dist, file), 'utf8').toLowerCase();
				for (const marker of UNPUBLISHED_MARKERS) expect(text.includes(marker), `${marker} in ${file}`).toBe(false);
			}
		});
	}

	it('have no page of their own, while published fixtures do', () => {
		const files = listFiles(inject('siteDist'));
		expect(files).toContain('minutes/board-2025-01-15/index.html');
		expect(files.some((file) => /fixture-(draft|scheduled)/.test(file))).toBe(false);
	});
});
