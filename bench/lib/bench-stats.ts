import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	if (!values.length) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The total size and count of the files under a folder, and how many of them are HTML pages. */
export function folderStats(dir: string): { bytes: number; files: number; pages: number } {
	const stats = { bytes: 0, files: 0, pages: 0 };
	if (!existsSync(dir)) return stats;
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const info = statSync(join(dir, name));
		if (!info.isFile()) continue;
		stats.bytes += info.size;
		stats.files += 1;
		if (name.endsWith('.html')) stats.pages += 1;
	}
	return stats;
}

/** 1234567 → "1.2 MB", in units of 1,024 as `bench/measure-search.ts` counts them. */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes)) return '–';
	const units = ['B', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return `${unit === 0 ? value : value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** 12345 (ms) → "12.3 s". */
export function formatSeconds(ms: number): string {
	return Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–';
}

/** 1.234 → "1.23×". */
export function formatRatio(ratio: number): string {
	return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–';
}

/** Rows of cells as an aligned plain-text table, the first row being the header; the first `left` columns are left-aligned, the rest right-aligned. */
export function textTable(rows: readonly (readonly string[])[], left = 1): string {
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
	const line = (row: readonly string[]) =>
		row.map((cell, column) => (column < left ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
	return [line(rows[0]!), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Rows of cells as a Markdown table, the first row being the header; the first `left` columns are left-aligned, the rest right-aligned. */
export function markdownTable(rows: readonly (readonly string[])[], left = 1): string {
	const line = (row: readonly string[]) => `| ${row.join(' | ')} |`;
	return [line(rows[0]!), line(rows[0]!.map((_, i) => (i < left ? '---' : '---:'))), ...rows.slice(1).map(line)].join('\n');
}
