import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../packages/sharing-care/src/lib/text/format-problems.ts';
import { validateProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { FIXTURE_DOCUMENTS, makePdf } from '../support/fixture-documents.ts';
import { fixtureConfig, writeCheckableSite } from '../support/fixture-site.ts';

/**
 * The content check on the documents minutes and reports publish (`attachments`): each must be there beside its
 * entry, of a type the site publishes, and no bigger than the site's limit (`attachments.maxSizeMB`). Each problem
 * names the entry, the field and the file. Run in this process on copies of the fixture site's content, one with the
 * default limit and one with a limit of 10 KB.
 */

const ENTRY = 'content/minutes/board-2025-05-13.md';

/** Minutes of a meeting publishing `attachments`, written as YAML list items. */
const minutes = (attachments: string) => `---
title: Board meeting, 13 May 2025
summary: Minutes with board papers.
date: 2025-05-16
meeting: 2025-05-13
attachments:
${attachments}
---

The board met.
`;

let dir: string;
let smallLimit: string;

beforeAll(async () => {
	dir = await writeCheckableSite(`attachments-check-${process.pid}`);
	smallLimit = await writeCheckableSite(`attachments-check-small-${process.pid}`, { ...fixtureConfig, attachments: { maxSizeMB: 0.01 } });
});
afterAll(() => {
	for (const folder of [dir, smallLimit]) if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The problems the check finds in `site` with these files written into it (paths from the site's folder), which are removed afterwards. */
async function problemsWith(site: string, files: Record<string, string | Buffer>) {
	for (const [file, content] of Object.entries(files)) writeFileSync(join(site, file), content);
	try {
		return await validateProject(site, {});
	} finally {
		for (const file of Object.keys(files)) rmSync(join(site, file));
	}
}

describe('the content check of documents', () => {
	it('passes the fixture site, whose minutes publish a PDF and whose report a CSV file', async () => {
		expect(Object.keys(FIXTURE_DOCUMENTS)).toHaveLength(2);
		expect(await validateProject(dir, {})).toEqual([]);
	});

	it('refuses a document that is not beside the entry, naming the entry, the field and the file', async () => {
		const problems = await problemsWith(dir, { [ENTRY]: minutes('  - file: ./agm-papers-2025.pdf\n    title: AGM papers 2025') });
		expect(problems).toEqual([
			{
				file: ENTRY,
				field: 'attachments[0].file',
				message: 'The document "./agm-papers-2025.pdf" was not found. Put it next to the entry, in the same folder, and check that the name is written exactly as the file is named.',
			},
		]);
		expect(formatProblems(problems)).toContain(`${ENTRY}\n  - attachments[0].file: The document "./agm-papers-2025.pdf" was not found.`);
	});

	it('refuses a name written in other letter case than the file’s, as a web host would not find it', async () => {
		const problems = await problemsWith(dir, {
			[ENTRY]: minutes('  - file: ./Board-Papers.pdf\n    title: Board papers'),
			'content/minutes/board-papers.pdf': makePdf(['Papers']),
		});
		expect(problems).toEqual([expect.objectContaining({ file: ENTRY, field: 'attachments[0].file', message: expect.stringMatching(/^The document "\.\/Board-Papers\.pdf" was not found/) })]);
	});

	it('refuses a type not on the list, naming the type and the types allowed', async () => {
		const problems = await problemsWith(dir, {
			[ENTRY]: minutes('  - file: ./board-papers.pdf\n    title: Board papers\n  - file: ./agenda.doc\n    title: Agenda'),
			'content/minutes/board-papers.pdf': makePdf(['Papers']),
			'content/minutes/agenda.doc': 'An old Word file',
		});
		expect(problems).toEqual([
			{
				file: ENTRY,
				field: 'attachments[1].file',
				message: '"./agenda.doc" is a .doc file, which the site does not publish. Attach a PDF, ODT, ODS, DOCX, XLSX or CSV file: save the document in one of those formats first.',
			},
		]);
	});

	it('refuses a document without a title', async () => {
		const problems = await problemsWith(dir, { [ENTRY]: minutes('  - file: ./board-papers.pdf\n    title: " "'), 'content/minutes/board-papers.pdf': makePdf(['Papers']) });
		expect(problems).toEqual([{ file: ENTRY, field: 'attachments[0].title', message: 'Give the document a title, as readers will see it linked, for example "AGM papers 2025".' }]);
	});

	it('refuses a document over the size the site config sets, giving its size and the limit', async () => {
		const big = makePdf(Array.from({ length: 120 }, (_, page) => `Page ${page + 1} of the annual accounts`));
		expect(big.length).toBeGreaterThan(10 * 1024 + 512);
		const problems = await problemsWith(smallLimit, { [ENTRY]: minutes('  - file: ./accounts-2024.pdf\n    title: Accounts 2024'), 'content/minutes/accounts-2024.pdf': big });
		expect(problems).toEqual([
			{
				file: ENTRY,
				field: 'attachments[0].file',
				message: `The document "./accounts-2024.pdf" is ${Math.round(big.length / 1024)} KB, over the 0.01 MB the site publishes (attachments.maxSizeMB in site.config.ts). Make it smaller, for example by saving its pictures at a lower quality, or split it into parts.`,
			},
		]);
		// The same document is within the default limit of 20 MB.
		expect(await problemsWith(dir, { [ENTRY]: minutes('  - file: ./accounts-2024.pdf\n    title: Accounts 2024'), 'content/minutes/accounts-2024.pdf': big })).toEqual([]);
	});
});
