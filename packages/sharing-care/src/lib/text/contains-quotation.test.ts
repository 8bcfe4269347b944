import { describe, expect, it } from 'vitest';
import { containsQuotation } from './contains-quotation.ts';

const TEXT = 'There is also evidence that staff retention is more about feeling valued than purely pay. The co-op’s members said “yes”.';

describe('containsQuotation', () => {
	it('finds a whole sentence, or part of one, quoted exactly', () => {
		expect(containsQuotation(TEXT, 'There is also evidence that staff retention is more about feeling valued than purely pay.')).toBe(true);
		expect(containsQuotation(TEXT, 'staff retention is more about feeling valued')).toBe(true);
	});

	it('does not find words changed, left out or put in another order', () => {
		expect(containsQuotation(TEXT, 'staff retention is about feeling valued')).toBe(false);
		expect(containsQuotation(TEXT, 'staff retention is more about feeling valued than pay')).toBe(false);
		expect(containsQuotation(TEXT, 'feeling valued is more about staff retention')).toBe(false);
	});

	it('tells capitals apart', () => {
		expect(containsQuotation(TEXT, 'there is also evidence')).toBe(false);
	});

	it('treats curly and straight quotation marks and apostrophes alike, and any run of spaces as one', () => {
		expect(containsQuotation(TEXT, 'The co-op\'s members said "yes".')).toBe(true);
		expect(containsQuotation('The co-op\'s members said "yes".', 'The co-op’s members  said\n“yes”')).toBe(true);
	});

	it('quotes nothing with an empty quotation', () => {
		expect(containsQuotation(TEXT, '  ')).toBe(false);
	});
});
