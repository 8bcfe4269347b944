/**
 * A PDF file made in code, for tests of what reads PDFs (the page count of a board paper) and for the fixture site's
 * documents, so no binary file is kept in the repository.
 */

/**
 * A PDF file of these objects, numbered from 1, with the cross-reference table giving where each starts and the
 * trailer naming object `root` as the catalog. A second comment line of high bytes marks the file as binary, as PDF
 * writers do. Returned as text in Latin-1: one character per byte.
 */
export function writePdf(objects: readonly string[], root = 1): string {
	let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
	const offsets = objects.map((body, index) => {
		const offset = out.length;
		out += `${index + 1} 0 obj\n${body}\nendobj\n`;
		return offset;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
	return `${out}trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}
