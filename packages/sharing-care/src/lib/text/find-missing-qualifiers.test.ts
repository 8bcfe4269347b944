import { describe, expect, it } from 'vitest';
import english from '../../i18n/locales/en-GB.ts';
import { findMissingQualifiers as findMissing, readQualifiers } from './find-missing-qualifiers.ts';

/** The qualifiers of the kit's English strings table, which the check uses for a site in English. */
const QUALIFIERS = readQualifiers(english.entry.keyPointQualifiers);
/** findMissingQualifiers with the English qualifiers. */
const findMissingQualifiers = (claim: string, quotation: string) => findMissing(claim, quotation, QUALIFIERS);

const SOURCE = 'There is also evidence that staff retention is more about feeling valued than purely pay';

describe('findMissingQualifiers', () => {
	it('finds nothing when the claim keeps every qualifier of its quotation', () => {
		expect(findMissingQualifiers('Evidence suggests staff retention is more about feeling valued than purely about pay.', SOURCE)).toEqual([]);
	});

	it('names each qualifier of the quotation that the claim leaves out', () => {
		expect(findMissingQualifiers('Staff retention is about feeling valued, not pay.', SOURCE)).toEqual(['purely']);
		expect(findMissingQualifiers('Members have a say.', 'Some members may in part have a say')).toEqual(['some', 'may', 'in part']);
	});

	it('asks nothing of qualifiers the quotation does not use', () => {
		expect(findMissingQualifiers('Only some members came.', 'Members came.')).toEqual([]);
	});

	it('matches whole words and phrases only, whatever the spaces between their words', () => {
		expect(findMissingQualifiers('Everyone came.', 'Somebody and the mayor came, and nobody else.')).toEqual([]);
		expect(findMissingQualifiers('People came.', 'People came, at\nleast 30 of them.')).toEqual(['at least']);
		expect(findMissingQualifiers('At least 30 people came.', 'People came, at least 30 of them.')).toEqual([]);
	});

	it('takes a capital at the start of a sentence for a qualifier, and not one inside a name', () => {
		expect(findMissingQualifiers('Members came.', 'Some members came.')).toEqual(['some']);
		expect(findMissingQualifiers('Members came.', 'The event was held. Most members came.')).toEqual(['most']);
		expect(findMissingQualifiers('The event was held in spring.', 'The event was held in May.')).toEqual([]);
	});

	it('names a longer qualifier left out once, not the shorter one inside it too', () => {
		expect(findMissingQualifiers('User members were society members.', 'User members were not yet society members.')).toEqual(['not yet']);
		expect(findMissingQualifiers('User members were not yet society members.', 'User members were not yet society members.')).toEqual([]);
	});

	it('looks only for the qualifiers it is given', () => {
		expect(findMissing('Members have a say.', 'Some members may in part have a say', ['may'])).toEqual(['may']);
		expect(findMissing('Rhai aelodau.', 'Dim ond rhai aelodau.', ['dim ond', 'rhai'])).toEqual(['dim ond']);
	});

	it('lists the hedges and limiters the check looks for in English', () => {
		expect(QUALIFIERS).toEqual(
			expect.arrayContaining(['only', 'purely', 'not yet', 'some', 'may', 'suggests', 'apart from', 'up to', 'at least', 'in part', 'partly']),
		);
	});
});

describe('readQualifiers', () => {
	it('reads a strings table’s qualifiers, separated by commas, in lower case with single spaces', () => {
		expect(readQualifiers(' Only,  not   yet ,at least,, ')).toEqual(['only', 'not yet', 'at least']);
	});
});
