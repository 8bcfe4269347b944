import { describe, expect, it } from 'vitest';
import { joinBase } from './join-base.ts';

describe('joinBase', () => {
	it('leaves paths alone at the root', () => {
		expect(joinBase('/', '/topics/')).toBe('/topics/');
		expect(joinBase('/', 'rss.xml')).toBe('/rss.xml');
	});

	it('puts paths under a base path', () => {
		expect(joinBase('/coop-kit/', '/topics/care/')).toBe('/coop-kit/topics/care/');
		expect(joinBase('/coop-kit', 'rss.xml')).toBe('/coop-kit/rss.xml');
	});

	it('does not add the base path twice', () => {
		expect(joinBase('/coop-kit/', '/coop-kit/blog/')).toBe('/coop-kit/blog/');
	});

	it('passes full addresses, email links and anchors through', () => {
		expect(joinBase('/coop-kit/', 'https://example.org/')).toBe('https://example.org/');
		expect(joinBase('/coop-kit/', 'mailto:hello@example.org')).toBe('mailto:hello@example.org');
		expect(joinBase('/coop-kit/', '#decisions')).toBe('#decisions');
	});
});
