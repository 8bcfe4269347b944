import { describe, expect, it } from 'vitest';
import { compileTerms, findSharedForms, findTermUses, type TermForms } from './find-term-uses.ts';

const TERMS: TermForms[] = [
	{ id: 'co-operative', forms: ['Co-operative', 'co-op', 'co-ops'] },
	{ id: 'care-co-op', forms: ['Care co-op', 'care co-ops'] },
	{ id: 'investor-member', forms: ['Investor member', 'investor members'] },
	{ id: 'cqc', forms: ['CQC', 'Care Quality Commission'] },
	{ id: 'send', forms: ['SEND'] },
	{ id: 'childrens-rights', forms: ["Children's rights"] },
];
const finder = compileTerms(TERMS);
/** The uses found, as the words they cover and their term. */
const uses = (text: string) => findTermUses(text, finder).map((use) => [text.slice(use.start, use.end), use.id]);

describe('findTermUses', () => {
	it('finds each form of a term, whatever its case', () => {
		expect(uses('Our INVESTOR members met the Co-op’s board.')).toEqual([
			['INVESTOR members', 'investor-member'],
			['Co-op', 'co-operative'],
		]);
	});

	it('finds whole words only, with a hyphen counting as part of a word', () => {
		expect(uses('co-operatives, co-op-run, scoop and co-opted')).toEqual([]);
		expect(uses('(co-op), "co-ops"; co-op.')).toEqual([
			['co-op', 'co-operative'],
			['co-ops', 'co-operative'],
			['co-op', 'co-operative'],
		]);
	});

	it('prefers the longest form where forms overlap', () => {
		expect(uses('a care co-op and a co-op')).toEqual([
			['care co-op', 'care-co-op'],
			['co-op', 'co-operative'],
		]);
		expect(uses('two investor members')).toEqual([['investor members', 'investor-member']]);
	});

	it('matches a form across a line break or several spaces', () => {
		expect(uses('the Care Quality\nCommission and our investor   member')).toEqual([
			['Care Quality\nCommission', 'cqc'],
			['investor   member', 'investor-member'],
		]);
	});

	it('keeps the case of a form written in capitals, so an acronym is not found in an ordinary word', () => {
		expect(uses('SEND schools send letters; cqc is not CQC')).toEqual([
			['SEND', 'send'],
			['CQC', 'cqc'],
		]);
	});

	it('passes over an ordinary term used as part of a name, and finds its next use', () => {
		expect(uses('By the Care Co-op Institute: our care co-op.')).toEqual([['care co-op', 'care-co-op']]);
		expect(uses('Ways forward for Co-operative Care Colne Valley, a co-op.')).toEqual([['co-op', 'co-operative']]);
		expect(uses('See the Co-op’s Congress and the Investor Members list')).toEqual([]);
	});

	it('finds an ordinary term that starts a sentence, and a term whose own form has capitals wherever it is', () => {
		expect(uses('Co-op members met. Investor members voted.')).toEqual([
			['Co-op', 'co-operative'],
			['Investor members', 'investor-member'],
		]);
		expect(uses('The Care Quality Commission Board and the CQC Inspector')).toEqual([
			['Care Quality Commission', 'cqc'],
			['CQC', 'cqc'],
		]);
	});

	it('treats straight and curly apostrophes alike', () => {
		expect(uses("children’s rights and children's rights")).toEqual([
			['children’s rights', 'childrens-rights'],
			["children's rights", 'childrens-rights'],
		]);
	});

	it('gives a form two terms share to the first listed', () => {
		const shared = compileTerms([
			{ id: 'first', forms: ['board'] },
			{ id: 'second', forms: ['Board'] },
		]);
		expect(findTermUses('the board', shared)).toEqual([{ id: 'first', start: 4, end: 9 }]);
	});

	it('finds nothing with no terms', () => {
		expect(findTermUses('anything at all', compileTerms([]))).toEqual([]);
	});

	it('reads the punctuation in a form as written, not as a pattern', () => {
		expect(findTermUses('a.b and axb', compileTerms([{ id: 'dot', forms: ['a.b'] }]))).toEqual([{ id: 'dot', start: 0, end: 3 }]);
		expect(findTermUses('a+b? no, aab', compileTerms([{ id: 'sum', forms: ['a+b?'] }]))).toEqual([{ id: 'sum', start: 0, end: 4 }]);
	});
});

describe('findSharedForms', () => {
	it('names each form a later term shares with an earlier one, compared as the finder compares them', () => {
		expect(
			findSharedForms([
				{ id: 'co-operative', forms: ['Co-operative', 'co-op'] },
				{ id: 'care-co-op', forms: ['Care co-op', 'Co-op', 'care  co-op'] },
			]),
		).toEqual([{ id: 'care-co-op', form: 'co-op', owner: 'co-operative' }]);
	});

	it('keeps forms in capitals apart from ordinary words', () => {
		expect(
			findSharedForms([
				{ id: 'send', forms: ['SEND'] },
				{ id: 'sending', forms: ['send'] },
			]),
		).toEqual([]);
	});
});
