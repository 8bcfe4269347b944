import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/copy-project.ts';

/** The project's copy of the five seed documents the example content was converted from (public documents). */
export const SEEDS = join(ROOT, 'tests', 'fixtures', 'seeds');

/** Each seed document and the pages of the example content it became. */
export const SEED_PAGES: Record<string, string[]> = {
	'000_c74bc514920bd857.txt': ['blog/strength-of-innovation-taking-ideas-from-others/'],
	'001_9ec9748ec12ddce3.txt': ['reports/cccv-final-learning-report-2022/'],
	'002_4f66fc170f4287d2.txt': ['audits/community-audit-small-care-providers-2021/'],
	'003_bf6e7f92c84758f1.txt': ['practice/new-belongings-cheshire-east/'],
	'004_c2e7bb4b10f24a4c.txt': [
		'blog/co-production-in-the-workplace-at-scie/',
		'blog/intergenerational-linking-care-home-residents-young-people/',
		'blog/helping-to-make-care-better-connected/',
		'blog/co-production-in-2020-a-tech-revolution/',
		'blog/co-production-in-a-changing-world/',
		'series/co-production-week/',
	],
};

/**
 * A piece of a source page that is its furniture, not its text: a line that reads like a caption, a label or a
 * heading but is not part of the text's paragraphs (the seeds are text only: they show no picture, video or form).
 * The entries leave it out and say so in their source notes (`sourceNotes`), so the fidelity test leaves it out of
 * the sentences it looks for, and checks it is gone.
 */
export interface SeedFurniture {
	/** The words, exactly as the seed has them (surrounding spaces aside). */
	text: string;
	/** `line`: the whole of a line of the seed. `lineStart`: the start of a line, run into the text after it. */
	kind: 'line' | 'lineStart';
	/** The entry page it was left out of. */
	page: string;
	/** Why it is furniture. */
	reason: string;
}

/** The furniture of each seed, listed one by one with its reason: nothing else of a seed may be left out. */
export const SEED_FURNITURE: Record<string, SeedFurniture[]> = {
	'000_c74bc514920bd857.txt': [
		{
			text: 'Co-Production Opinion',
			kind: 'line',
			page: 'blog/strength-of-innovation-taking-ideas-from-others/',
			reason: 'a line of text above the title; the post is filed as opinion',
		},
		{
			text: 'Email Newsletter',
			kind: 'line',
			page: 'blog/strength-of-innovation-taking-ideas-from-others/',
			reason: 'a line of text on its own at the end of the page, after the last paragraph',
		},
	],
	'004_c2e7bb4b10f24a4c.txt': [
		{
			text: "Lizzie's blog talks about Simone",
			kind: 'line',
			page: 'blog/helping-to-make-care-better-connected/',
			reason: 'a line of text after the byline that reads like a caption',
		},
		{
			text: 'Simone’s story on YouTube',
			kind: 'line',
			page: 'blog/helping-to-make-care-better-connected/',
			reason: 'a line of text that reads like the label of a video; the source gives no video or address',
		},
		{
			text: 'Co-production Week 2020',
			kind: 'line',
			page: 'blog/helping-to-make-care-better-connected/',
			reason: 'a line of text between two paragraphs, not part of either',
		},
		{
			text: 'Growing up in Norfolk highlighted the stark contrasts in digital isolation',
			kind: 'line',
			page: 'blog/co-production-in-2020-a-tech-revolution/',
			reason: 'a line of text between the byline and the first paragraph that reads like a caption',
		},
		{
			text: 'Angela Catley | Community Catalysts',
			kind: 'lineStart',
			page: 'blog/co-production-in-a-changing-world/',
			reason: 'words that read like a caption, run into the start of the byline',
		},
		{
			text: 'Co-production Week 2020 >>>',
			kind: 'line',
			page: 'blog/co-production-in-a-changing-world/',
			reason: 'a line of text between two paragraphs, not part of either',
		},
	],
};

/** A seed's text without its furniture: whole furniture lines dropped, furniture at the start of a line cut off. */
export function withoutFurniture(seed: string, text: string): string {
	const furniture = SEED_FURNITURE[seed] ?? [];
	return text
		.split('\n')
		.flatMap((line) => {
			const trimmed = line.trim();
			if (furniture.some((piece) => piece.kind === 'line' && trimmed === piece.text)) return [];
			const start = furniture.find((piece) => piece.kind === 'lineStart' && trimmed.startsWith(piece.text));
			return [start ? trimmed.slice(start.text.length) : line];
		})
		.join('\n');
}
