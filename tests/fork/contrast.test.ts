import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteConfigInput } from '../../packages/sharing-care/src/config/schema.ts';
import { formatProblems } from '../../packages/sharing-care/src/lib/text/format-problems.ts';
import { validateProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { fixtureConfig, writeCheckableSite } from '../support/fixture-site.ts';

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** What the content check (`npm run check`, and the build before it builds anything) says about a config, in this process. */
async function check(colours: SiteConfigInput['colours'] | undefined) {
	const dir = await writeCheckableSite(`contrast-${made.length}-${process.pid}`, { ...fixtureConfig, ...(colours ? { colours } : {}) });
	made.push(dir);
	return validateProject(dir, {});
}

describe('the colour contrast check', () => {
	it('accepts the default palette', async () => {
		expect(await check(undefined)).toEqual([]);
	});

	it('refuses a palette that fails WCAG AA, naming the config, each pair and its ratio', async () => {
		const problems = await check({ brand: '#88c0a0', muted: '#a0a0a0' });
		expect(problems.every((problem) => problem.file === 'site.config.ts')).toBe(true);
		expect(problems.map((problem) => problem.field)).toEqual(['colours.muted', 'colours.muted', 'colours.brand', 'colours.onBrand']);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"Found 4 problems in 1 file:

			site.config.ts
			  - colours.muted: muted (#a0a0a0) on background (#ffffff) has a contrast ratio of 2.61:1; WCAG AA needs at least 4.5:1. Choose a darker or lighter colour.
			  - colours.muted: muted (#a0a0a0) on surface (#f3f5f4) has a contrast ratio of 2.39:1; WCAG AA needs at least 4.5:1. Choose a darker or lighter colour.
			  - colours.brand: brand (#88c0a0) on background (#ffffff) has a contrast ratio of 2.08:1; WCAG AA needs at least 4.5:1. Choose a darker or lighter colour.
			  - colours.onBrand: onBrand (#ffffff) on brand (#88c0a0) has a contrast ratio of 2.08:1; WCAG AA needs at least 4.5:1. Choose a darker or lighter colour."
		`);
	});

	it('refuses text a shade too light, however close to the minimum', async () => {
		const problems = await check({ text: '#777777' });
		expect(formatProblems(problems)).toContain(
			'colours.text: text (#777777) on background (#ffffff) has a contrast ratio of 4.48:1; WCAG AA needs at least 4.5:1.',
		);
	});
});
