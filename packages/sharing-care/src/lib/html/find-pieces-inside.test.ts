import { describe, expect, it } from 'vitest';
import { findPiecesInside } from './find-pieces-inside.ts';

const LINKS = new Set(['a', 'code', 'textarea']);
const html = (text: string) => ({ html: text, isHtml: true });
const text = (words: string) => ({ html: words, isHtml: false });

describe('findPiecesInside', () => {
	it('finds the text between an opening tag and its closing tag written as separate pieces', () => {
		expect(findPiecesInside([text('before'), html('<a href="/x">'), text('inside'), html('</a>'), text('after')], LINKS)).toEqual(new Set([2]));
	});

	it('counts an element that is opened and closed within one piece as closed', () => {
		expect(findPiecesInside([html('<a href="/x">here</a>'), text('after')], LINKS)).toEqual(new Set());
	});

	it('ignores elements it is not asked about, and comments that look like tags', () => {
		expect(findPiecesInside([html('<em>'), text('stressed'), html('</em>'), html('<!-- <a> -->'), text('plain')], LINKS)).toEqual(new Set());
	});

	it('keeps a piece inside until the element is closed, through other elements', () => {
		expect(findPiecesInside([html('<code>'), text('one'), html('<b>'), text('two'), html('</b></code>'), text('three')], LINKS)).toEqual(new Set([1, 3]));
	});

	it('counts a piece the parser takes into text, as inside a text box, as inside', () => {
		expect(findPiecesInside([html('<textarea>'), text('typed'), html('</textarea>')], LINKS)).toEqual(new Set([1]));
	});

	it('reads attribute values with a > in them as part of the tag', () => {
		expect(findPiecesInside([html('<a title="1 > 0" href="/x">'), text('inside'), html('</a>')], LINKS)).toEqual(new Set([1]));
	});
});
