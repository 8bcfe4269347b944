import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLogoSize } from './read-logo-size.ts';

const root = mkdtempSync(join(tmpdir(), 'logo-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'public'));
writeFileSync(
	join(root, 'public', 'logo.svg'),
	'<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80"><rect width="240" height="80"/></svg>',
);
writeFileSync(join(root, 'public', 'scaled.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>');
// A 3 × 2 PNG: its header alone gives the size.
writeFileSync(
	join(root, 'public', 'logo.png'),
	Buffer.from(
		'89504e470d0a1a0a0000000d49484452000000030000000208060000009b7b6e3c0000000d4944415478da6360a02e0000001e0001c4f0d2de0000000049454e44ae426082',
		'hex',
	),
);
writeFileSync(join(root, 'public', 'notes.txt'), 'Not an image.');

describe('readLogoSize', () => {
	it('reads the width and height of a logo in public/ from its file', async () => {
		expect(await readLogoSize(root, 'public/logo.svg')).toEqual({ width: 240, height: 80 });
		expect(await readLogoSize(root, 'public/scaled.svg')).toEqual({ width: 120, height: 40 });
		expect(await readLogoSize(root, 'public/logo.png')).toEqual({ width: 3, height: 2 });
	});

	it('gives no size for a logo elsewhere, for none, or for a file it cannot read as an image', async () => {
		expect(await readLogoSize(root, 'src/assets/logo.svg')).toBeNull();
		expect(await readLogoSize(root, undefined)).toBeNull();
		expect(await readLogoSize(root, 'public/missing.svg')).toBeNull();
		expect(await readLogoSize(root, 'public/notes.txt')).toBeNull();
	});
});
