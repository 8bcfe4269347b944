import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { drawShareCard } from './draw-share-card.ts';

const colours = { brand: '#1b5e4a', onBrand: '#ffffff', focus: '#ffdd00' };
const texts = (svg: string): string[] => {
	const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'text' || name === 'rect' }).parse(svg);
	return (parsed.svg.text as { '#text': string | number }[]).map((text) => String(text['#text']));
};

describe('drawShareCard', () => {
	it('draws a well-formed SVG of the requested size in the brand colours', () => {
		const svg = drawShareCard({ title: 'Valley Care', subtitle: 'Learning, shared.', footer: 'care.example.org', colours });
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg);
		expect(parsed.svg['@_width']).toBe('1200');
		expect(parsed.svg['@_height']).toBe('630');
		expect(svg).toContain('fill="#1b5e4a"');
		expect(svg).toContain('fill="#ffffff"');
	});

	it('writes the title, subtitle and footer as text', () => {
		const svg = drawShareCard({ title: 'Valley Care', subtitle: 'Learning, shared.', footer: 'care.example.org', colours });
		expect(texts(svg)).toEqual(['Valley Care', 'Learning, shared.', 'care.example.org']);
	});

	it('wraps long text over several lines instead of running off the card', () => {
		const svg = drawShareCard({
			title: 'Co-operative Care Colne Valley Sharing Care Learning Project',
			subtitle: 'What we learned setting up a care co-operative, shared for anyone starting one, anywhere in the country.',
			footer: 'care.example.org',
			colours,
		});
		const lines = texts(svg);
		expect(lines.length).toBeGreaterThan(4);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
	});

	it('escapes names with XML characters in them', () => {
		const svg = drawShareCard({ title: 'Care & Share <Co-op>', subtitle: 'Ours', footer: 'x', colours });
		expect(svg).toContain('Care &amp; Share &lt;Co-op&gt;');
		expect(texts(svg)[0]).toBe('Care & Share <Co-op>');
	});

	it('names only locally installed font families, never a web font', () => {
		const svg = drawShareCard({ title: 'A', subtitle: 'B', footer: 'C', colours });
		expect(svg).not.toMatch(/@import|url\(|@font-face|https?:\/\/(?!www\.w3\.org)/);
	});
});
