import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bare stack the benchmark compares this site with: Astro 7 + MDX + Pagefind and nothing else. One content
 * collection (every generated entry, whatever its folder), one layout, one page route. It renders the same
 * Markdown/MDX, the same cover images at the same widths, and marks the same text for the search index, so the
 * difference from this site is the site's own work: its schemas, lists, topic/people/organisation pages,
 * related entries, feeds, share images, CSP hashing, and so on.
 */
const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'bench-bare-stack', private: true, type: 'module' }, null, '\t'),
	'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://bare.example',
	outDir: process.env.BENCH_OUT_DIR || './dist',
	build: { format: 'directory' },
	integrations: [mdx()],
	cacheDir: './.build/cache',
	devToolbar: { enabled: false },
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	entries: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content' }),
		schema: ({ image }) =>
			z.looseObject({
				title: z.string(),
				summary: z.string().optional(),
				date: z.coerce.date(),
				draft: z.boolean().default(false),
				cover: z.looseObject({ src: image(), alt: z.string() }).optional(),
			}),
	}),
};
`,
	'src/layouts/Layout.astro': `---
import { Image } from 'astro:assets';
import type { CollectionEntry } from 'astro:content';

interface Props {
	entry: CollectionEntry<'entries'>;
}
const { entry } = Astro.props;
const { title, summary, date, cover } = entry.data;
---

<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width" />
		<title>{title}</title>
		{summary && <meta name="description" content={summary} />}
	</head>
	<body>
		<main data-pagefind-body>
			<h1>{title}</h1>
			<p><time datetime={date.toISOString().slice(0, 10)}>{date.toDateString()}</time></p>
			{cover && <Image src={cover.src} alt={cover.alt} widths={[400, 800, 1200]} sizes="(min-width: 48rem) 42rem, 100vw" />}
			<slot />
		</main>
	</body>
</html>
`,
	'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
	const entries = await getCollection('entries', (entry) => !entry.data.draft);
	return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<Layout entry={entry}><Content /></Layout>
`,
	'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, '\t'),
};

/**
 * Writes the bare-stack site into `dir` (emptied first), with `node_modules` linked to this project's, and copies
 * every entry collection folder of `contentDir` (`reports/`, `blog/`, … with their images) into its one collection.
 */
export function writeBaselineSite(dir: string, contentDir: string, nodeModules: string): void {
	rmSync(dir, { recursive: true, force: true });
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
	mkdirSync(join(dir, 'content'), { recursive: true });
	for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
		if (entry.isDirectory()) cpSync(join(contentDir, entry.name), join(dir, 'content', entry.name), { recursive: true });
	}
	if (!existsSync(join(dir, 'content'))) throw new Error(`No entries found in ${contentDir}`);
}
