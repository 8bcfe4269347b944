import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writePdf as pdf } from '../../../test/support/write-pdf.ts';
import { countPdfPages } from './count-pdf-pages.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** A document of `count` pages in one flat page tree: catalog 1, tree 2, pages from 3. */
function flatPdf(count: number): string {
	const kids = Array.from({ length: count }, (_, index) => `${index + 3} 0 R`).join(' ');
	const pages = Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
	return pdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, ...pages]);
}

describe('countPdfPages', () => {
	it('counts the pages of a document from the root of its page tree', () => {
		expect(countPdfPages(bytes(flatPdf(3)))).toBe(3);
		expect(countPdfPages(bytes(flatPdf(1)))).toBe(1);
	});

	it('reads the whole document’s count from the root of a tree with branches, not a branch’s', () => {
		const file = pdf([
			'<< /Type /Catalog /Pages 2 0 R >>',
			'<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 12 >>',
			'<< /Type /Pages /Parent 2 0 R /Kids [] /Count 5 >>',
			'<< /Type /Pages /Parent 2 0 R /Kids [] /Count 7 >>',
		]);
		expect(countPdfPages(bytes(file))).toBe(12);
	});

	it('follows the catalog to its page tree, whatever order the objects come in', () => {
		const file = pdf(['<< /Type /Pages /Parent 3 0 R /Count 2 >>', '<< /Type/Catalog/Pages 3 0 R>>', '<< /Count 9 /Type /Pages /Kids [1 0 R] >>'], 2);
		expect(countPdfPages(bytes(file))).toBe(9);
	});

	it('reads the latest version of a document changed since it was first saved', () => {
		const first = flatPdf(2);
		const update = '4 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>\nendobj\n';
		expect(countPdfPages(bytes(`${first}${update}`))).toBe(3);
	});

	it('reads a page tree packed into a compressed object stream, given a way to decompress it', () => {
		const packed = '1 0 2 34 << /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Kids [3 0 R 4 0 R 5 0 R 6 0 R] /Count 4 >>';
		const stream = deflateSync(Buffer.from(packed, 'latin1')).toString('latin1');
		const first = packed.indexOf('<<');
		const file = `%PDF-1.5\n7 0 obj\n<< /Type /ObjStm /N 2 /First ${first} /Filter /FlateDecode /Length ${stream.length} >>\nstream\n${stream}\nendstream\nendobj\n%%EOF\n`;
		expect(countPdfPages(bytes(file), (data) => inflateSync(data))).toBe(4);
		expect(countPdfPages(bytes(file))).toBeUndefined();
	});

	it('gives nothing for a file that is not a PDF, or whose page tree it cannot find', () => {
		expect(countPdfPages(bytes('name,role\nSam,Chair\n'))).toBeUndefined();
		expect(countPdfPages(bytes('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'))).toBeUndefined();
		expect(countPdfPages(new Uint8Array())).toBeUndefined();
	});

	it('does not mistake a single page, or a name that starts with Pages, for the page tree', () => {
		const file = pdf(['<< /Type /Page /Count 40 >>', '<< /Type /PagesExtra /Count 50 >>', '<< /Type /Pages /Count 6 >>'], 3);
		expect(countPdfPages(bytes(file))).toBe(6);
	});
});
