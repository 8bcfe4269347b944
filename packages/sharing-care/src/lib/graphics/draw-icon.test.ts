import { describe, expect, it } from 'vitest';
import { drawIcon } from './draw-icon.ts';

describe('drawIcon', () => {
	it('draws the square in the brand colour and the heart in the colour for text on it', () => {
		const svg = drawIcon({ brand: '#5a2d82', onBrand: '#fffdf7' });
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).toContain('<rect width="32" height="32" rx="6" fill="#5a2d82"/>');
		expect(svg).toMatch(/<path d="[^"]+" fill="#fffdf7"\/>/);
	});
});
