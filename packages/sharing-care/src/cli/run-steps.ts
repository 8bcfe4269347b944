/** The steps of a command that runs several checks (`sharing-care test`, `sharing-care check-site`), each timed. */

export type StepOutcome = 'passed' | 'failed' | 'skipped';

export interface StepResult {
	name: string;
	outcome: StepOutcome;
	seconds: number;
	/** A few words for the summary: how many pages were checked, or why the step was skipped. */
	note?: string;
}

/** What a step's work returns: whether it passed, or that with a note for the summary. */
export type StepRun = boolean | { passed: boolean; note?: string };

/**
 * Runs one step: prints its name, runs it, and prints how long it took. A step that throws has failed, and its
 * error is printed; the steps after it still run (the caller decides which depend on it).
 */
export async function runStep(name: string, run: () => StepRun | Promise<StepRun>): Promise<StepResult> {
	console.log(`\n→ ${name}`);
	const start = performance.now();
	let outcome: StepOutcome;
	let note: string | undefined;
	try {
		const result = await run();
		outcome = (typeof result === 'boolean' ? result : result.passed) ? 'passed' : 'failed';
		if (typeof result !== 'boolean') note = result.note;
	} catch (error) {
		console.error(`✗ ${name} stopped with an error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		outcome = 'failed';
	}
	const seconds = (performance.now() - start) / 1000;
	console.log(`  ${name}: ${seconds.toFixed(1)} s`);
	return { name, outcome, seconds, ...(note ? { note } : {}) };
}

/** A step that was not run, and why: printed where it would have run, and listed in the summary with `note`. */
export function skipStep(name: string, reason: string, note = reason): StepResult {
	console.log(`\n→ ${name}\n  Skipped: ${reason}`);
	return { name, outcome: 'skipped', seconds: 0, note };
}

const MARK: Record<StepOutcome, string> = { passed: '✓', failed: '✗', skipped: '–' };

/** The summary: one line per step with its outcome and time, then the total. */
export function formatSummary(results: readonly StepResult[], total: number): string {
	const width = Math.max(...results.map((result) => result.name.length));
	const lines = results.map((result) => {
		const time = result.outcome === 'skipped' ? 'skipped' : `${result.seconds.toFixed(1).padStart(5)} s`;
		return `  ${MARK[result.outcome]} ${result.name.padEnd(width)}  ${time}${result.note ? `  ${result.note}` : ''}`;
	});
	const failed = results.filter((result) => result.outcome === 'failed');
	const verdict = failed.length
		? `✗ ${failed.length} of ${results.length} steps failed (${failed.map((result) => result.name).join(', ')}): see the messages above.`
		: `✓ Every step passed${results.some((result) => result.outcome === 'skipped') ? ' (and some were skipped: see above)' : ''}.`;
	return `\nSummary (${total.toFixed(1)} s in all):\n${lines.join('\n')}\n\n${verdict}`;
}

/** Whether any step failed. */
export const anyFailed = (results: readonly StepResult[]): boolean => results.some((result) => result.outcome === 'failed');
