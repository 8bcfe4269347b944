/**
 * Documents the fixture site's entries publish (`attachments`), made in code when a copy is made, as its pictures
 * are drawn, so no binary file is kept in the repository.
 */
import { writePdf } from '../../packages/sharing-care/test/support/write-pdf.ts';

/**
 * A small valid PDF with one page for each text given: a catalog, a page tree whose `/Count` is the number of pages,
 * each page with its line of text in Helvetica (writePdf adds the cross-reference table and trailer).
 */
export function makePdf(pages: readonly string[]): Buffer {
	const objects: string[] = [];
	const add = (body: string) => objects.push(body);
	const first = 4;
	add('<< /Type /Catalog /Pages 2 0 R >>');
	add(`<< /Type /Pages /Kids [${pages.map((_, index) => `${first + index * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`);
	add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
	pages.forEach((text, index) => {
		const content = `BT /F1 18 Tf 72 770 Td (${text.replace(/[\\()]/g, (char) => `\\${char}`)}) Tj ET`;
		add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${first + index * 2 + 1} 0 R >>`);
		add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
	});
	return Buffer.from(writePdf(objects), 'latin1');
}

/** The fixture site's documents, by path under `content/`, with what the tests expect of each. */
export const FIXTURE_DOCUMENTS = {
	/** The board papers of the March 2025 board meeting: a PDF of three pages. */
	boardPapers: {
		file: 'minutes/board-papers-2025-03.pdf',
		entry: 'minutes/board-2025-03-11/',
		title: 'Board papers, 11 March 2025',
		pages: 3,
		bytes: makePdf(['Board papers: agenda', 'Recruitment plan', 'Treasurer report']),
	},
	/** The figures behind the learning report: a CSV file. */
	reportFigures: {
		file: 'reports/learning-report-2024-figures.csv',
		entry: 'reports/learning-report-2024/',
		title: 'Membership figures, January to March 2024',
		bytes: Buffer.from('month,care workers,members\n2024-01,9,9\n2024-02,12,12\n2024-03,14,14\n', 'utf8'),
	},
} as const;
