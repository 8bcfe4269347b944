import { describe, expect, it } from 'vitest';
import { serialiseJsonLd } from './serialise-json-ld.ts';

describe('serialiseJsonLd', () => {
	it('never lets text close the script element', () => {
		const json = serialiseJsonLd({ headline: 'Why </script><script>alert(1)</script> matters' });
		expect(json).not.toMatch(/<\/script/i);
		expect(json).not.toContain('<');
	});

	it('parses back to the same data', () => {
		const data = { '@type': 'Article', headline: 'Tom & Jerry <care> co-op', keywords: ['a', 'b'], line: 'one\u2028two' };
		expect(JSON.parse(serialiseJsonLd(data))).toEqual(data);
	});
});
