import type { ImageMetadata } from 'astro';
import { describe, expect, it } from 'vitest';
import { readImageFacts } from './read-image-facts.ts';

/**
 * A picture as astro:assets gives it to a page: a proxy that marks its original file as used (so published) when
 * any of its fields is read, except its copy (`clone`) and its path, as astro:assets' own proxy does.
 */
function importedPicture(metadata: ImageMetadata, used: string[]): ImageMetadata {
	return new Proxy(metadata, {
		get(target, name) {
			if (name === 'clone') return structuredClone(target);
			if (name === 'fsPath') return '/site/content/blog/photo.jpg';
			if (typeof name === 'string' && target[name as keyof ImageMetadata] !== undefined) used.push(name);
			return target[name as keyof ImageMetadata];
		},
	});
}

const PHOTO: ImageMetadata = { src: '/_astro/photo.Ab12Cd34.jpg', width: 3024, height: 4032, format: 'jpg' };

describe('readImageFacts', () => {
	it('reads the size and format of a picture without marking its original file as used', () => {
		const used: string[] = [];
		expect(readImageFacts(importedPicture(PHOTO, used))).toEqual({ width: 3024, height: 4032, format: 'jpg' });
		expect(used).toEqual([]);
	});

	it('reads the picture itself when it carries no copy, as plain metadata does', () => {
		expect(readImageFacts({ ...PHOTO, format: 'svg', width: 120, height: 40 })).toEqual({ width: 120, height: 40, format: 'svg' });
	});
});
