import { describe, expect, it } from 'vitest';
import { findMissingQualifiers, QUALIFIERS } from './find-missing-qualifiers.ts';

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

	it('lists the hedges and limiters the check looks for', () => {
		expect(QUALIFIERS).toEqual(
			expect.arrayContaining(['only', 'purely', 'not yet', 'some', 'may', 'suggests', 'apart from', 'up to', 'at least', 'in part', 'partly']),
		);
	});
});
