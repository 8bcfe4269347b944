import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page as Pagefind stored it: a decoded `pagefind/fragment/*.pf_fragment` file. */
export interface IndexedPage {
	url: string;
	content: string;
	word_count: number;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** Pagefind's files are gzipped and start with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** Decodes one of Pagefind's gzipped files into text, without its signature. */
export function decodePagefindFile(file: string): string {
	const text = gunzipSync(readFileSync(file)).toString('utf8');
	if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind file`);
	return text.slice(SIGNATURE.length);
}

/** Every page in a built site's search index, decoded from its fragments. */
export function readIndexedPages(dist: string): IndexedPage[] {
	const dir = join(dist, 'pagefind', 'fragment');
	return readdirSync(dir).map((file) => JSON.parse(decodePagefindFile(join(dir, file))) as IndexedPage);
}
