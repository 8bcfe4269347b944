import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { ENTRY_COLLECTIONS } from '../../packages/sharing-care/src/collections/index.ts';
import { CONTENT_DIR } from '../../packages/sharing-care/src/config/paths.ts';
import { generateEntries, readCorpus, readReferenceIds, type GeneratedEntry } from './generate-entries.ts';

/** What the benchmark's content holds. */
export interface BenchContent {
	entries: number;
	published: number;
	drafts: number;
	mdx: number;
	images: number;
	words: number;
	byCollection: Record<string, number>;
}

/** One entry in this many is a draft (2%). */
const DRAFT_EVERY = 50;
/** One entry in this many is MDX (10%). */
const MDX_EVERY = 10;
/** One entry in this many has a cover photo of its own (2%). */
const IMAGE_EVERY = 50;
/** The size of the generated cover photos: a typical phone photo, resized for the web. */
const PHOTO = { width: 1600, height: 1067 };

/** Inserts `lines` at the top of an entry's YAML frontmatter. */
function addFrontmatter(text: string, lines: string): string {
	if (!text.startsWith('---\n')) throw new Error('A generated entry has no frontmatter');
	return `---\n${lines}${text.slice(4)}`;
}

/** A short MDX block: JSX elements and an expression, as a writer adds to an MDX entry. */
const MDX_BLOCK = (n: number) => `
export const facts = { members: ${10 + (n % 90)}, hours: ${100 + ((n * 7) % 900)} };

<aside class="note">
  <p>In numbers: {facts.members} members gave {facts.hours.toLocaleString('en-GB')} hours of care.</p>
</aside>
`;

/**
 * Turns the shared generator's entries into the benchmark's mix: every 50th a draft, every 10th MDX (with a JSX
 * block and an expression; entries whose text MDX would misread stay Markdown), every 50th with a cover photo
 * (its own file, `images/<id>.jpg` beside the entry). Pure apart from the file names it returns.
 */
export function benchMix(entries: readonly GeneratedEntry[]): { entry: GeneratedEntry; photo?: string }[] {
	return entries.map((entry, index) => {
		let { text, path } = entry;
		let photo: string | undefined;
		if (index % IMAGE_EVERY === 7) {
			photo = join(dirname(path), 'images', `${entry.id}.jpg`);
			text = addFrontmatter(text, `cover:\n  src: ./images/${entry.id}.jpg\n  alt: Members of the co-op talking round a kitchen table.\n`);
		}
		if (index % DRAFT_EVERY === 25) text = addFrontmatter(text, 'draft: true\n');
		const body = text.slice(text.indexOf('\n---\n', 4) + 5);
		if (index % MDX_EVERY === 3 && !/[{}<>]/.test(body)) {
			path = path.replace(/\.md$/, '.mdx');
			text = `${text.trimEnd()}\n${MDX_BLOCK(index)}`;
		}
		return { entry: { ...entry, path, text }, ...(photo ? { photo } : {}) };
	});
}

/** A few different photo-like JPEGs (smooth colour with grain), so every cover has real pixels to resize. */
async function makePhotos(count: number): Promise<Buffer[]> {
	return Promise.all(
		Array.from({ length: count }, (_, i) =>
			sharp({
				create: {
					...PHOTO,
					channels: 3,
					background: { r: 60 + i * 20, g: 120 + i * 10, b: 180 - i * 15 },
					noise: { type: 'gaussian', mean: 110 + i * 5, sigma: 40 },
				},
			})
				.blur(2)
				.jpeg({ quality: 82 })
				.toBuffer(),
		),
	);
}

/**
 * Replaces the entries of the project at `root` with `count` entries from the shared generator
 * (`bench/lib/generate-entries.ts`, learning from the project's own entries first), in the benchmark's mix of
 * drafts, MDX and cover photos. The reference data (topics, people, …) stays as it is.
 */
export async function writeBenchEntries(root: string, count: number, { seed = 1 }: { seed?: number } = {}): Promise<BenchContent> {
	const corpus = readCorpus(root);
	const references = readReferenceIds(root);
	for (const collection of ENTRY_COLLECTIONS) rmSync(join(root, CONTENT_DIR, collection), { recursive: true, force: true });
	const mixed = benchMix(generateEntries({ count, seed, references, corpus }));
	const photos = await makePhotos(8);
	const content: BenchContent = { entries: count, published: 0, drafts: 0, mdx: 0, images: 0, words: 0, byCollection: {} };
	for (const { entry, photo } of mixed) {
		mkdirSync(join(root, dirname(entry.path)), { recursive: true });
		writeFileSync(join(root, entry.path), entry.text);
		if (photo) {
			mkdirSync(join(root, dirname(photo)), { recursive: true });
			writeFileSync(join(root, photo), photos[content.images % photos.length]!);
			content.images += 1;
		}
		const draft = /^draft: true$/m.test(entry.text.slice(0, entry.text.indexOf('\n---\n', 4)));
		content.drafts += draft ? 1 : 0;
		content.published += draft ? 0 : 1;
		content.mdx += entry.path.endsWith('.mdx') ? 1 : 0;
		content.words += entry.words;
		content.byCollection[entry.collection] = (content.byCollection[entry.collection] ?? 0) + 1;
	}
	return content;
}
