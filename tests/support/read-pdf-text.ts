import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as Chromium prints it (Skia's PDF writer: uncompressed object table, Flate-compressed
 * streams, fonts with a ToUnicode map), page by page, in the order it is drawn, with a line break wherever the
 * text moves to a new line. Enough to check what a printed page says; not a general PDF reader (no object
 * streams, no encryption, no simple-font encodings beyond Latin-1).
 */
export function readPdfText(pdf: Uint8Array): string {
	const objects = readObjects(Buffer.from(pdf));
	const cmaps = new Map<number, Map<number, string>>();
	const fontMap = (fontObject: number): Map<number, string> | undefined => {
		const toUnicode = refIn(objects.get(fontObject)?.dict ?? '', 'ToUnicode');
		if (toUnicode === undefined) return undefined;
		if (!cmaps.has(toUnicode)) cmaps.set(toUnicode, readCmap(streamText(objects, toUnicode)));
		return cmaps.get(toUnicode);
	};
	const pages: string[] = [];
	for (const page of pageObjects(objects)) {
		const dict = objects.get(page)!.dict;
		pages.push(refsIn(dict, 'Contents').map((contents) => readContent(streamText(objects, contents), (name) => {
			const font = fontsOf(objects, dict).get(name);
			return font === undefined ? undefined : fontMap(font);
		})).join('\n'));
	}
	return pages.join('\n');
}

interface PdfObject {
	dict: string;
	stream?: Buffer;
}

/** Every `N 0 obj … endobj` in the file, by number, with its dictionary and its stream's bytes (inflated when compressed). */
function readObjects(file: Buffer): Map<number, PdfObject> {
	const source = file.toString('latin1');
	const objects = new Map<number, PdfObject>();
	const start = /(\d+) 0 obj\b/g;
	for (let match = start.exec(source); match; match = start.exec(source)) {
		const from = match.index + match[0].length;
		const streamAt = source.indexOf('stream', from);
		const endAt = source.indexOf('endobj', from);
		if (streamAt === -1 || streamAt > endAt) {
			objects.set(Number(match[1]), { dict: source.slice(from, endAt) });
			continue;
		}
		const dict = source.slice(from, streamAt);
		let dataStart = streamAt + 'stream'.length;
		if (source[dataStart] === '\r') dataStart++;
		if (source[dataStart] === '\n') dataStart++;
		const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dict)?.[1] ?? source.indexOf('endstream', dataStart) - dataStart);
		const raw = file.subarray(dataStart, dataStart + length);
		objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
		start.lastIndex = dataStart + length;
	}
	return objects;
}

/** The object a dictionary entry refers to: `/ToUnicode 12 0 R` → 12. */
function refIn(dict: string, key: string): number | undefined {
	const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
	return match ? Number(match[1]) : undefined;
}

/** The objects an entry refers to, one or an array: `/Contents [4 0 R 5 0 R]`. */
function refsIn(dict: string, key: string): number[] {
	const match = new RegExp(`/${key}\\s*(\\[[^\\]]*\\]|\\d+ 0 R)`).exec(dict);
	return match ? [...match[1]!.matchAll(/(\d+) 0 R/g)].map((ref) => Number(ref[1])) : [];
}

function streamText(objects: Map<number, PdfObject>, number: number): string {
	return objects.get(number)?.stream?.toString('latin1') ?? '';
}

/** The pages in order: the page tree from the catalogue's /Pages, depth first. */
function pageObjects(objects: Map<number, PdfObject>): number[] {
	const catalogue = [...objects.values()].find((object) => /\/Type\s*\/Catalog\b/.test(object.dict));
	const pages: number[] = [];
	const visit = (number: number) => {
		const dict = objects.get(number)?.dict ?? '';
		if (/\/Type\s*\/Pages\b/.test(dict)) refsIn(dict, 'Kids').forEach(visit);
		else if (/\/Type\s*\/Page\b/.test(dict)) pages.push(number);
	};
	const root = catalogue && refIn(catalogue.dict, 'Pages');
	if (root !== undefined) visit(root);
	return pages;
}

/** A page's fonts by resource name (`F4` → its object), from its resources written inline or as an object. */
function fontsOf(objects: Map<number, PdfObject>, pageDict: string): Map<string, number> {
	const resourcesRef = refIn(pageDict, 'Resources');
	const resources = resourcesRef === undefined ? pageDict : (objects.get(resourcesRef)?.dict ?? '');
	const fontRef = refIn(resources, 'Font');
	const fontDict = fontRef === undefined ? (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '') : (objects.get(fontRef)?.dict ?? '');
	return new Map([...fontDict.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+) 0 R/g)].map((match) => [match[1]!, Number(match[2])]));
}

/** A ToUnicode CMap: each character code to the text it stands for. */
function readCmap(cmap: string): Map<number, string> {
	const map = new Map<number, string>();
	const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
	for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code!, 16), utf16(text!));
	}
	for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		for (const [, low, high, target] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
			const from = parseInt(low!, 16);
			const to = parseInt(high!, 16);
			const list = target!.startsWith('[') ? [...target!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((item) => utf16(item[1]!)) : undefined;
			const first = list ? 0 : parseInt(target!.slice(1, -1), 16);
			for (let code = from; code <= to; code++) {
				map.set(code, list ? (list[code - from] ?? '') : utf16((first + code - from).toString(16).padStart(target!.length - 2, '0')));
			}
		}
	}
	return map;
}

/** The text a content stream draws: its `Tj` and `TJ` strings through the current font's map, a line break at each move to a new line. */
function readContent(content: string, mapOf: (fontName: string) => Map<number, string> | undefined): string {
	let text = '';
	let map: Map<number, string> | undefined;
	const operands: string[] = [];
	const show = (string: string) => {
		if (string.startsWith('<')) {
			const hex = string.slice(1, -1).replace(/\s/g, '');
			for (let at = 0; at < hex.length; at += 4) text += map?.get(parseInt(hex.slice(at, at + 4), 16)) ?? '';
		} else {
			text += string.slice(1, -1).replace(/\\([nrtbf()\\]|\d{1,3})/g, (_, escaped: string) => (/\d/.test(escaped) ? String.fromCharCode(parseInt(escaped, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[escaped] ?? escaped));
		}
	};
	const tokens = /<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|\/[^\s/<>[\]()]+|[^\s/<>[\]()]+/g;
	let array: string[] | undefined;
	for (const [token] of content.matchAll(tokens)) {
		if (token === '[') array = [];
		else if (token === ']') {
			operands.push(`[${array!.length}]`);
			for (const item of array!) if (item.startsWith('<') || item.startsWith('(')) show(item);
			array = undefined;
		} else if (array) array.push(token);
		else if (/^[A-Za-z'"*]+$/.test(token)) {
			if (token === 'Tf') map = mapOf(operands.at(-2)?.slice(1) ?? '');
			else if (token === 'Tj' || token === "'" || token === '"') show(operands.at(-1) ?? '()');
			if (token === 'Tm' || token === 'T*' || token === "'" || token === '"' || ((token === 'Td' || token === 'TD') && Number(operands.at(-1)) !== 0)) text += '\n';
			operands.length = 0;
		} else operands.push(token);
	}
	return text;
}
