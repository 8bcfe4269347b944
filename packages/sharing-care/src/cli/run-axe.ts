import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 level A and AA rule tags of axe-core (2.0, 2.1 and 2.2 criteria). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	/** Selectors of the failing elements, each with axe's summary of what to fix. */
	nodes: string[];
}

/**
 * Runs axe-core's WCAG 2.2 A/AA rules on the page as it stands; returns the violations. axe is evaluated by the
 * browser's automation, not added as a script, so the page keeps its Content Security Policy.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: Document,
						options: object,
					) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
		}));
	}, WCAG_AA_TAGS);
}
