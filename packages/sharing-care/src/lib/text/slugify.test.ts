import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
	it('makes lower-case hyphenated ids from names', () => {
		expect(slugify('Membership and governance')).toBe('membership-and-governance');
		expect(slugify('Co-production')).toBe('co-production');
	});

	it('drops apostrophes and accents, and trims stray hyphens', () => {
		expect(slugify("Members' meeting — Café")).toBe('members-meeting-cafe');
		expect(slugify('  Policy & procurement!  ')).toBe('policy-procurement');
	});
});
