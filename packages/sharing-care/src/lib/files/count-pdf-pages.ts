/** Decompresses a stream written with the Flate filter (zlib), as Node's `inflateSync` does. */
export type Inflate = (data: Uint8Array) => Uint8Array;

/** One object of a PDF: its number, and its dictionary (the text before any stream it holds). */
interface PdfObject {
	number: number;
	dictionary: string;
}

/** Each byte as one character, so positions in the text are positions in the file. */
const decoder = new TextDecoder('latin1');

/** A PDF name ends at white space or a delimiter. */
const NAME_END = String.raw`(?=[\s()<>\[\]{}/%]|$)`;
const PAGES_TYPE = new RegExp(String.raw`/Type\s*/Pages${NAME_END}`);
const CATALOG_TYPE = new RegExp(String.raw`/Type\s*/Catalog${NAME_END}`);
const OBJECT_STREAM_TYPE = new RegExp(String.raw`/Type\s*/ObjStm${NAME_END}`);

/** The objects written out in the file (`12 0 obj … endobj`), in the order they appear. */
function readObjects(text: string): (PdfObject & { body: string; start: number })[] {
	const objects: (PdfObject & { body: string; start: number })[] = [];
	for (const match of text.matchAll(/(?<![\d.])(\d+)\s+\d+\s+obj\b([\s\S]*?)\bendobj\b/g)) {
		const body = match[2]!;
		const stream = /\bstream\r?\n/.exec(body);
		objects.push({ number: Number(match[1]), dictionary: stream ? body.slice(0, stream.index) : body, body, start: match.index! + match[0].indexOf(body) });
	}
	return objects;
}

/** The bytes of an object's stream: from after `stream` to its `/Length`, or to `endstream` when the length is not written in place. */
function streamBytes(bytes: Uint8Array, object: { body: string; start: number; dictionary: string }): Uint8Array | undefined {
	const stream = /\bstream\r?\n/.exec(object.body);
	if (!stream) return undefined;
	const from = object.start + stream.index + stream[0].length;
	const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(object.dictionary)?.[1];
	if (length !== undefined) return bytes.subarray(from, from + Number(length));
	const end = object.body.lastIndexOf('endstream');
	return end === -1 ? undefined : bytes.subarray(from, object.start + end);
}

/**
 * The objects packed into a compressed object stream (`/Type /ObjStm`, PDF 1.5 and later): its first part pairs each
 * object's number with where it starts, from `/First`.
 */
function unpackObjectStream(data: string, dictionary: string): PdfObject[] {
	const count = Number(/\/N\s+(\d+)/.exec(dictionary)?.[1]);
	const first = Number(/\/First\s+(\d+)/.exec(dictionary)?.[1]);
	if (!Number.isInteger(count) || !Number.isInteger(first)) return [];
	const numbers = data.slice(0, first).trim().split(/\s+/).map(Number);
	const objects: PdfObject[] = [];
	for (let index = 0; index < count; index++) {
		const number = numbers[index * 2];
		const offset = numbers[index * 2 + 1];
		const next = index + 1 < count ? numbers[(index + 1) * 2 + 1] : data.length - first;
		if (number === undefined || offset === undefined || next === undefined) break;
		objects.push({ number, dictionary: data.slice(first + offset, first + next) });
	}
	return objects;
}

/** The number of pages a page tree node says it holds (`/Count`). */
const countOf = (dictionary: string): number | undefined => {
	const count = /\/Count\s+(\d+)/.exec(dictionary)?.[1];
	return count === undefined ? undefined : Number(count);
};

/**
 * How many pages a PDF has, from its page tree: the catalog (`/Type /Catalog`) names the root of the tree
 * (`/Pages 3 0 R`), whose `/Count` is the number of pages in the whole document. Objects packed into compressed
 * object streams are read too when `inflate` is given. A file changed since it was first written keeps its
 * objects' latest versions (the last in the file). Undefined for a file that is not a PDF, or whose page tree cannot
 * be read (an encrypted one, or one whose streams use another filter).
 */
export function countPdfPages(bytes: Uint8Array, inflate?: Inflate): number | undefined {
	const text = decoder.decode(bytes);
	if (!text.slice(0, 1024).includes('%PDF-')) return undefined;
	/** Every object, by number: a later version replaces an earlier one. */
	const objects = new Map<number, string>();
	/** Page tree roots (no `/Parent`) and catalogs, in the order read: the last of each is the latest. */
	const roots: string[] = [];
	const catalogs: string[] = [];
	const add = ({ number, dictionary }: PdfObject) => {
		objects.set(number, dictionary);
		if (CATALOG_TYPE.test(dictionary)) catalogs.push(dictionary);
		else if (PAGES_TYPE.test(dictionary) && !/\/Parent\s+\d+\s+\d+\s+R/.test(dictionary)) roots.push(dictionary);
	};
	for (const object of readObjects(text)) {
		if (OBJECT_STREAM_TYPE.test(object.dictionary)) {
			const packed = streamBytes(bytes, object);
			if (!packed || !inflate || !/\/Filter\s*\/FlateDecode\b/.test(object.dictionary)) continue;
			let data: string;
			try {
				data = decoder.decode(inflate(packed));
			} catch {
				continue;
			}
			unpackObjectStream(data, object.dictionary).forEach(add);
		} else add(object);
	}
	const pagesRef = /\/Pages\s+(\d+)\s+\d+\s+R/.exec(catalogs.at(-1) ?? '')?.[1];
	const root = pagesRef === undefined ? undefined : objects.get(Number(pagesRef));
	return countOf(root ?? '') ?? countOf(roots.at(-1) ?? '');
}
