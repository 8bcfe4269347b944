import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../packages/sharing-care/src/lib/text/format-problems.ts';
import { validateProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { writeCheckableSite } from '../support/fixture-site.ts';

/**
 * `npm run check` reads content/glossary.yaml like the other reference data, in the test's own process on a copy
 * of the fixture site, and names the file, the term and the field of each problem. A site may have no glossary.
 */
let dir: string;
let file: string;
let original: string;
const env = { SITE_URL: 'https://coop.example', BASE_PATH: '/' };

beforeAll(async () => {
	dir = await writeCheckableSite(`glossary-check-${process.pid}`);
	file = join(dir, 'content', 'glossary.yaml');
	original = readFileSync(file, 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The problems the checker finds with the glossary written as `source`; the fixture's own glossary is put back after. */
async function checkGlossary(source: string | undefined): Promise<string[]> {
	if (source === undefined) rmSync(file);
	else writeFileSync(file, source);
	try {
		return (await validateProject(dir, env)).map((problem) => formatProblems([problem]).split('\n').slice(2).join('\n'));
	} finally {
		writeFileSync(file, original);
	}
}

describe('the glossary check', () => {
	it('accepts the fixture site’s glossary, a site with no glossary and an empty one, where no entry names a term', async () => {
		expect(await validateProject(dir, env)).toEqual([]);
		// The fixture's post about good neighbours names co-production, which it does not link (glossaryUnlinked).
		const unknown = 'content/blog/winter-letters-neighbours.md\n  - glossaryUnlinked[0]: "co-production" is not a known glossary term (from content/glossary.yaml). Add it there first, or check the spelling.';
		expect(await checkGlossary(undefined)).toEqual([unknown]);
		expect(await checkGlossary('')).toEqual([unknown]);
	});

	it('names the entry and the field of a term not to link that the glossary does not have', async () => {
		const post = join(dir, 'content', 'blog', 'winter-letters-neighbours.md');
		const source = readFileSync(post, 'utf8');
		writeFileSync(post, source.replace('glossaryUnlinked: [co-production]', 'glossaryUnlinked: [coproduction, care-co-op]'));
		try {
			expect((await validateProject(dir, env)).map((problem) => formatProblems([problem]).split('\n').slice(2).join('\n'))).toEqual([
				'content/blog/winter-letters-neighbours.md\n  - glossaryUnlinked[0]: "coproduction" is not a known glossary term (from content/glossary.yaml). Add it there first, or check the spelling.',
			]);
		} finally {
			writeFileSync(post, source);
		}
	});

	it('names the file and the field of a term that is missing its definition or its basis, writes Markdown or has a field it does not know', async () => {
		const problems = await checkGlossary(
			`${original}- id: cqc\n  term: CQC\n  basis: own\n- id: board\n  term: Board\n  definition: The people **elected** to run the co-op.\n  basis: own\n  seeAlsoo: [care-co-op]\n- id: agm\n  term: AGM\n  definition: The annual general meeting.\n`,
		);
		expect(problems).toEqual([
			'content/glossary.yaml\n  - cqc.definition: This is required but missing. Expected text.',
			'content/glossary.yaml\n  - board.definition: Write plain text here: no Markdown or HTML (*, _, #, <, >, [ or ]).',
			'content/glossary.yaml\n  - board: Unknown field "seeAlsoo". Check the spelling against CONTENT.md, or remove it.',
			expect.stringMatching(/^content\/glossary\.yaml\n {2}- agm\.basis: Say what this definition is based on: basis: \{ publisher, title, url \} naming the public definition it follows .* or basis: own when it is the site's own wording\. .*npx sharing-care upgrade/),
		]);
	});

	it('names a basis that is neither own nor a public definition with an https address', async () => {
		const problems = await checkGlossary(original.replace('  basis: own\n', '  basis: ours\n').replace('url: https://www.legislation.gov.uk/', 'url: http://www.legislation.gov.uk/'));
		expect(problems).toEqual([
			expect.stringMatching(/^content\/glossary\.yaml\n {2}- care-leaver\.basis(\.url)?: .*https:\/\//),
			'content/glossary.yaml\n  - care-co-op.basis: Found "ours", but expected a set of fields or "own".',
		]);
	});

	it('names a related term that the glossary does not have', async () => {
		const problems = await checkGlossary(original.replace('seeAlso: [care-co-op]', 'seeAlso: [care-coop]'));
		expect(problems).toEqual([
			'content/glossary.yaml\n  - co-production.seeAlso[0]: "care-coop" is not a known glossary term (from content/glossary.yaml). Add it there first, or check the spelling.',
		]);
	});

	it('names a form that two terms share, which would link to the first one only', async () => {
		const problems = await checkGlossary(original.replace('aliases: [unpaid carers]', 'aliases: [unpaid carers, Care leavers]'));
		expect(problems).toEqual([
			'content/glossary.yaml\n  - unpaid-carer: "care leavers" is also a form of "care-leaver", which is listed first, so its uses link there. Keep it in one term only.',
		]);
	});
});
