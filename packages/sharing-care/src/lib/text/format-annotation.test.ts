import { describe, expect, it } from 'vitest';
import { escapeAnnotationData, escapeAnnotationProperty, formatAnnotation } from './format-annotation.ts';

describe('formatAnnotation', () => {
	it('writes a problem as an error on its file and line, with the field first as the terminal shows it', () => {
		expect(formatAnnotation({ file: 'content/blog/post.md', field: 'topics[1]', line: 5, message: '"coproduction-tips" is not a known topic.' })).toBe(
			'::error file=content/blog/post.md,line=5,title=Fix this before publishing::topics[1]: "coproduction-tips" is not a known topic.',
		);
	});

	it('writes a warning as a warning, titled as a reminder', () => {
		expect(formatAnnotation({ file: 'content/reports/a.md', field: 'lastReviewed', line: 9, message: 'Due for review.' }, 'warning')).toBe(
			'::warning file=content/reports/a.md,line=9,title=Reminder::lastReviewed: Due for review.',
		);
	});

	it('puts a problem with no line on the whole file', () => {
		expect(formatAnnotation({ file: 'content/blog/post.md', field: 'title', message: 'This is required but missing. Expected text.' })).toBe(
			'::error file=content/blog/post.md,title=Fix this before publishing::title: This is required but missing. Expected text.',
		);
	});

	it('escapes %, CR and LF in the message, and also : and , in the file, as the runner reads them', () => {
		const annotation = formatAnnotation({ file: 'content/blog/50%, off: sale.md', line: 2, message: '100% sure:\r\nline two, here' });
		expect(annotation).toBe('::error file=content/blog/50%25%2C off%3A sale.md,line=2,title=Fix this before publishing::100%25 sure:%0D%0Aline two, here');
		// One line: a newline in a message would end the command early.
		expect(annotation).not.toMatch(/[\r\n]/);
	});
});

describe('escaping workflow commands', () => {
	it('escapes a message’s %, CR and LF, % first so that nothing is escaped twice', () => {
		expect(escapeAnnotationData('%0A is not a newline\nbut this is\r')).toBe('%250A is not a newline%0Abut this is%0D');
		expect(escapeAnnotationData('a: b, c')).toBe('a: b, c');
	});

	it('escapes a property’s : and , besides', () => {
		expect(escapeAnnotationProperty('a: b, c%\n')).toBe('a%3A b%2C c%25%0A');
	});
});
