import { describe, expect, it } from 'vitest';
import { hasPlaceholder } from './has-placeholder.ts';

describe('hasPlaceholder', () => {
	it('finds a WRITE: placeholder anywhere in the text', () => {
		expect(hasPlaceholder("WRITE: your co-op's full name")).toBe(true);
		expect(hasPlaceholder('Before "WRITE: a summary" after')).toBe(true);
	});

	it('finds a WRITE- placeholder inside an address or id', () => {
		expect(hasPlaceholder('https://WRITE-your-site-address.example')).toBe(true);
		expect(hasPlaceholder('WRITE-organisation-id')).toBe(true);
	});

	it('leaves ordinary words containing "write" alone', () => {
		expect(hasPlaceholder('Rewrite: how we changed the rules')).toBe(false);
		expect(hasPlaceholder('WRITERS-guild and WRITE without a colon')).toBe(false);
		expect(hasPlaceholder('write: lower case is a real word')).toBe(false);
	});
});
