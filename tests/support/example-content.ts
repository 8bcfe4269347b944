import { existsSync } from 'node:fs';
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
 * Whether the project's `content/` still holds the example co-op's entries (every entry the seeds became).
 * A fork that ran `npm run new-site` has none of them.
 */
export function hasExampleContent(root = ROOT): boolean {
	return Object.values(SEED_PAGES)
		.flat()
		.filter((page) => !page.startsWith('series/'))
		.every((page) => ['.md', '.mdx'].some((extension) => existsSync(join(root, 'content', `${page.slice(0, -1)}${extension}`))));
}
