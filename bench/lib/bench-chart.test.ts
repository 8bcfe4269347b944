import { describe, expect, it } from 'vitest';
import { decades, drawBenchChart, niceTicks, type ChartSize } from './bench-chart.ts';

const GB = 1024 ** 3;

const sizes: ChartSize[] = [
	{ entries: 10_000, site: { buildSeconds: 80, peakMemoryBytes: 3.5 * GB }, bare: { buildSeconds: 50, peakMemoryBytes: 2.5 * GB } },
	{ entries: 100, site: { buildSeconds: 6, peakMemoryBytes: 0.4 * GB }, bare: { buildSeconds: 4, peakMemoryBytes: 0.3 * GB } },
	{ entries: 1_000, site: { buildSeconds: 12, peakMemoryBytes: 0.9 * GB }, bare: { buildSeconds: 9, peakMemoryBytes: 0.7 * GB } },
];

describe('niceTicks', () => {
	it('covers the maximum with round steps from zero', () => {
		expect(niceTicks(83)).toEqual([0, 20, 40, 60, 80, 100]);
		expect(niceTicks(3.5)).toEqual([0, 1, 2, 3, 4]);
		expect(niceTicks(90)).toEqual([0, 20, 40, 60, 80, 100]);
		expect(niceTicks(0.42)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
	});
	it('gives a usable axis for nothing', () => {
		expect(niceTicks(0)).toEqual([0, 1]);
	});
});

describe('decades', () => {
	it('spans the entry counts in powers of ten', () => {
		expect(decades([100, 1000, 10000])).toEqual([100, 1000, 10000]);
		expect(decades([250, 4000])).toEqual([100, 1000, 10000]);
	});
	it('spans at least one decade for a single size', () => {
		expect(decades([1000])).toEqual([1000, 10000]);
	});
});

describe('drawBenchChart', () => {
	const svg = drawBenchChart(sizes);

	it('draws one SVG with a title, two panels and a legend', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
		expect(svg).toContain('<title id="chart-title">');
		expect(svg).toContain('Full build time (median)');
		expect(svg).toContain('Peak memory (median)');
		expect(svg).toContain('>this site</text>');
		expect(svg).toContain('>bare Astro + Pagefind</text>');
	});

	it('draws a line per stack per panel, with a point per size, in order of entries', () => {
		const lines = [...svg.matchAll(/<polyline [^>]*points="([^"]+)"/g)].map((m) => m[1]!.split(' ').map((p) => p.split(',').map(Number)));
		expect(lines).toHaveLength(4);
		for (const points of lines) {
			expect(points).toHaveLength(3);
			const xs = points.map(([x]) => x!);
			expect(xs).toEqual([...xs].sort((a, b) => a - b));
		}
		expect(svg.match(/<circle /g)).toHaveLength(12);
	});

	it('puts slower builds higher up', () => {
		const [site, bare] = [...svg.matchAll(/<polyline [^>]*points="([^"]+)"/g)].map((m) => m[1]!.split(' ').map((p) => p.split(',').map(Number)));
		// SVG y grows downwards: the site's 10,000-entry point (80 s) sits above the bare stack's (50 s).
		expect(site!.at(-1)![1]!).toBeLessThan(bare!.at(-1)![1]!);
	});

	it('marks the goals and labels the values of each point', () => {
		expect(svg).toContain('goal at 10,000: 90 s');
		expect(svg).toContain('goal at 10,000: 4 GB');
		expect(svg).toContain('<title>this site: 10,000 entries, 80 seconds</title>');
		expect(svg).toContain('<title>bare Astro + Pagefind: 100 entries, 0.3 GB</title>');
	});

	it('is pure and escapes text', () => {
		expect(drawBenchChart(sizes)).toBe(svg);
		expect(drawBenchChart(sizes, { title: 'A & <B>' })).toContain('A &amp; &lt;B&gt;');
	});

	it('refuses no sizes', () => {
		expect(() => drawBenchChart([])).toThrow();
	});
});
