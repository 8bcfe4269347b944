import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * How long a test file can be expected to take, from what its source drives: 2 for the web editor, 1 for another
 * browser, 0 for the rest. A file's size says little: the editor's round trips live in modules of their own, so
 * the file that runs them is one of the smallest.
 */
export function estimateWeight(source: string): number {
	if (/\b(editorForTests|openEditor)\(/.test(source)) return 2;
	if (/\b(browseSite|launchBrowser)\(/.test(source)) return 1;
	return 0;
}

/**
 * Puts the heaviest first, keeping `order` (vitest's: largest file first when it has no timings) within each weight.
 */
export function orderByWeight<T>(order: readonly T[], weightOf: (item: T) => number): T[] {
	return order
		.map((item, index) => ({ item, index, weight: weightOf(item) }))
		.sort((a, b) => b.weight - a.weight || a.index - b.index)
		.map(({ item }) => item);
}

/**
 * vitest's order (failed first, then longest first, from the timings of the last run), and on a run with no timings
 * yet, as on a fresh clone in CI, the files that drive the web editor, then the other browser tests, before the rest.
 * They take longest: started last, one ran alone for the last 17 s while the other core waited.
 */
export class SlowFirstSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
		return orderByWeight(sorted, (spec) => estimateWeight(readFileSync(spec.moduleId, 'utf8')));
	}
}
