import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml.ts';

describe('escapeXml', () => {
	it('escapes the five characters XML reserves', () => {
		expect(escapeXml(`Tom & Jerry's <"care"> co-op`)).toBe('Tom &amp; Jerry&apos;s &lt;&quot;care&quot;&gt; co-op');
	});

	it('escapes an ampersand that already starts an entity, so text round-trips exactly', () => {
		expect(escapeXml('&amp;')).toBe('&amp;amp;');
	});

	it('leaves other text, including non-ASCII letters, alone', () => {
		expect(escapeXml('Members’ meeting – Colne Valley')).toBe('Members’ meeting – Colne Valley');
	});
});
