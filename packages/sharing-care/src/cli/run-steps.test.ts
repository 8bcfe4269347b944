import { afterEach, describe, expect, it, vi } from 'vitest';
import { anyFailed, formatSummary, runStep, skipStep, type StepResult } from './run-steps.ts';

afterEach(() => vi.restoreAllMocks());

describe('runStep', () => {
	it('times a step and records whether it passed, with its note', async () => {
		vi.spyOn(console, 'log').mockImplementation(() => undefined);
		expect(await runStep('links', () => true)).toMatchObject({ name: 'links', outcome: 'passed' });
		expect(await runStep('HTML', async () => ({ passed: false, note: '3 pages' }))).toMatchObject({ outcome: 'failed', note: '3 pages' });
	});

	it('counts a step that throws as failed, and prints its error', async () => {
		vi.spyOn(console, 'log').mockImplementation(() => undefined);
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const result = await runStep('build', () => {
			throw new Error('out of memory');
		});
		expect(result.outcome).toBe('failed');
		expect(error.mock.calls.flat().join('\n')).toContain('build stopped with an error: Error: out of memory');
	});
});

describe('formatSummary', () => {
	const results: StepResult[] = [
		{ name: 'content check', outcome: 'passed', seconds: 1.23, note: '2 warnings' },
		{ name: 'build', outcome: 'failed', seconds: 20 },
		{ name: 'links', outcome: 'skipped', seconds: 0, note: 'there is no new build to check.' },
	];

	it('lists each step with its outcome and time, and names the steps that failed', () => {
		expect(formatSummary(results, 21.5)).toBe(
			[
				'',
				'Summary (21.5 s in all):',
				'  ✓ content check    1.2 s  2 warnings',
				'  ✗ build           20.0 s',
				'  – links          skipped  there is no new build to check.',
				'',
				'✗ 1 of 3 steps failed (build): see the messages above.',
			].join('\n'),
		);
		expect(anyFailed(results)).toBe(true);
	});

	it('says every step passed, and that some were skipped when they were', () => {
		vi.spyOn(console, 'log').mockImplementation(() => undefined);
		const passed = [results[0]!, skipStep('accessibility', 'no Chromium at /usr/bin/chromium', 'no Chromium')];
		expect(anyFailed(passed)).toBe(false);
		expect(formatSummary(passed, 2)).toContain('  – accessibility  skipped  no Chromium');
		expect(formatSummary(passed, 2)).toMatch(/✓ Every step passed \(and some were skipped: see above\)\.$/);
		expect(formatSummary(passed.slice(0, 1), 2)).toMatch(/✓ Every step passed\.$/);
	});
});
