import { escapeXml } from '../../packages/sharing-care/src/lib/feeds/escape-xml.ts';

/** One size of the benchmark: the median full build of this site and of the bare stack. */
export interface ChartSize {
	entries: number;
	site: { buildSeconds: number; peakMemoryBytes: number };
	bare: { buildSeconds: number; peakMemoryBytes: number };
}

interface Series {
	label: string;
	color: string;
	dash?: string;
	points: { x: number; y: number }[];
}

interface Panel {
	title: string;
	unit: string;
	series: Series[];
	/** A goal drawn as a dotted horizontal line. */
	limit?: { y: number; label: string };
}

const PANEL_WIDTH = 360;
const PANEL_HEIGHT = 260;
const MARGIN = { top: 44, right: 30, bottom: 48, left: 56 };
const SITE_COLOR = '#b3261e';
const BARE_COLOR = '#1f5fa8';

/** Round numbers for an axis from 0 to at least `max`: 0, step, 2·step, … with 4–6 ticks. */
export function niceTicks(max: number): number[] {
	if (!(max > 0)) return [0, 1];
	const rough = max / 5;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
	const ticks: number[] = [];
	for (let value = 0; value < max + step - 1e-9; value += step) ticks.push(Number(value.toPrecision(12)));
	return ticks;
}

/** The powers of ten that cover the entry counts, for a logarithmic x axis: [100, 1000, 10000]. */
export function decades(values: readonly number[]): number[] {
	const low = Math.floor(Math.log10(Math.min(...values)));
	const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(...values))));
	return Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i));
}

const label = (value: number) => (Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toLocaleString('en-GB', { maximumFractionDigits: 2 }));
const round = (value: number) => Math.round(value * 10) / 10;

function drawPanel(panel: Panel, offsetX: number, xTicks: number[]): string {
	const width = PANEL_WIDTH - MARGIN.left - MARGIN.right;
	const height = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
	const [xMin, xMax] = [Math.log10(xTicks[0]!), Math.log10(xTicks.at(-1)!)];
	const yMax = Math.max(...panel.series.flatMap((s) => s.points.map((p) => p.y)), panel.limit?.y ?? 0);
	const yTicks = niceTicks(yMax);
	const yTop = yTicks.at(-1)!;
	const x = (value: number) => round(offsetX + MARGIN.left + ((Math.log10(value) - xMin) / (xMax - xMin)) * width);
	const y = (value: number) => round(MARGIN.top + height - (value / yTop) * height);
	const parts: string[] = [];
	parts.push(`<text x="${offsetX + MARGIN.left}" y="24" class="title">${escapeXml(panel.title)}</text>`);
	for (const tick of yTicks) {
		parts.push(`<line x1="${offsetX + MARGIN.left}" x2="${offsetX + MARGIN.left + width}" y1="${y(tick)}" y2="${y(tick)}" class="grid"/>`);
		parts.push(`<text x="${offsetX + MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${label(tick)}</text>`);
	}
	for (const tick of xTicks) {
		parts.push(`<line x1="${x(tick)}" x2="${x(tick)}" y1="${MARGIN.top}" y2="${MARGIN.top + height}" class="grid"/>`);
		parts.push(`<text x="${x(tick)}" y="${MARGIN.top + height + 16}" text-anchor="middle">${label(tick)}</text>`);
	}
	parts.push(`<text x="${offsetX + MARGIN.left + width / 2}" y="${PANEL_HEIGHT - 10}" text-anchor="middle">entries (log scale)</text>`);
	parts.push(
		`<text x="${offsetX + 14}" y="${MARGIN.top + height / 2}" text-anchor="middle" transform="rotate(-90 ${offsetX + 14} ${MARGIN.top + height / 2})">${escapeXml(panel.unit)}</text>`,
	);
	if (panel.limit) {
		parts.push(`<line x1="${offsetX + MARGIN.left}" x2="${offsetX + MARGIN.left + width}" y1="${y(panel.limit.y)}" y2="${y(panel.limit.y)}" class="limit"/>`);
		parts.push(`<text x="${offsetX + MARGIN.left + 4}" y="${y(panel.limit.y) - 4}" class="limit-label">${escapeXml(panel.limit.label)}</text>`);
	}
	for (const series of panel.series) {
		const points = [...series.points].sort((a, b) => a.x - b.x);
		const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : '';
		parts.push(`<polyline fill="none" stroke="${series.color}" stroke-width="2"${dash} points="${points.map((p) => `${x(p.x)},${y(p.y)}`).join(' ')}"/>`);
		for (const p of points) {
			parts.push(
				`<circle cx="${x(p.x)}" cy="${y(p.y)}" r="3.5" fill="${series.color}"><title>${escapeXml(`${series.label}: ${label(p.x)} entries, ${label(Number(p.y.toFixed(2)))} ${panel.unit}`)}</title></circle>`,
			);
		}
	}
	return parts.join('\n');
}

/**
 * An SVG chart of the benchmark: full build time (left) and peak memory (right) against the number of entries,
 * for this site and for the bare Astro + Pagefind stack, with the goals as dotted lines. Pure: the same sizes give
 * the same SVG text.
 */
export function drawBenchChart(sizes: readonly ChartSize[], { title = 'Sharing Care build: this site and the bare stack' } = {}): string {
	if (!sizes.length) throw new Error('drawBenchChart needs at least one size');
	const xTicks = decades(sizes.map((s) => s.entries));
	const series = (pick: (side: ChartSize['site']) => number): Series[] => [
		{ label: 'this site', color: SITE_COLOR, points: sizes.map((s) => ({ x: s.entries, y: pick(s.site) })) },
		{ label: 'bare Astro + Pagefind', color: BARE_COLOR, dash: '6 4', points: sizes.map((s) => ({ x: s.entries, y: pick(s.bare) })) },
	];
	const panels: Panel[] = [
		{ title: 'Full build time (median)', unit: 'seconds', series: series((s) => s.buildSeconds), limit: { y: 90, label: 'goal at 10,000: 90 s' } },
		{ title: 'Peak memory (median)', unit: 'GB', series: series((s) => s.peakMemoryBytes / 1024 ** 3), limit: { y: 4, label: 'goal at 10,000: 4 GB' } },
	];
	const width = PANEL_WIDTH * panels.length;
	const height = PANEL_HEIGHT + 30;
	const legend = series(() => 0)
		.map((s, i) => {
			const lx = 20 + i * 170;
			const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
			return `<line x1="${lx}" x2="${lx + 24}" y1="${PANEL_HEIGHT + 12}" y2="${PANEL_HEIGHT + 12}" stroke="${s.color}" stroke-width="2"${dash}/><text x="${lx + 30}" y="${PANEL_HEIGHT + 16}">${escapeXml(s.label)}</text>`;
		})
		.join('\n');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title">
<title id="chart-title">${escapeXml(title)}</title>
<style>
text { font: 12px system-ui, sans-serif; fill: #222; }
.title { font-weight: 600; font-size: 13px; }
.grid { stroke: #ddd; stroke-width: 1; }
.limit { stroke: #666; stroke-width: 1; stroke-dasharray: 2 3; }
.limit-label { fill: #555; font-size: 11px; }
</style>
<rect width="100%" height="100%" fill="#fff"/>
${panels.map((panel, i) => drawPanel(panel, i * PANEL_WIDTH, xTicks)).join('\n')}
${legend}
</svg>
`;
}
