import { describe, expect, it } from 'vitest';
import { findTwitterHandle } from './find-twitter-handle.ts';

describe('findTwitterHandle', () => {
	it('finds the handle in a Twitter profile address', () => {
		expect(findTwitterHandle([{ href: 'https://www.facebook.com/coop' }, { href: 'https://twitter.com/valleycarecoop' }])).toBe('@valleycarecoop');
	});

	it('finds the handle in an X profile address with a trailing slash', () => {
		expect(findTwitterHandle([{ href: 'https://x.com/care_coop/' }])).toBe('@care_coop');
	});

	it('ignores other sites, search pages and invalid addresses', () => {
		expect(findTwitterHandle([{ href: 'https://notx.com/abc' }, { href: 'https://twitter.com/' }, { href: 'not a url' }])).toBeUndefined();
	});
});
