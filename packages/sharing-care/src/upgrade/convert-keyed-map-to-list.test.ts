import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keyItemsById } from '../lib/entries/key-items-by-id.ts';
import { convertKeyedMapToList, isKeyedMap } from './convert-keyed-map-to-list.ts';
import { ConversionError } from './migration.ts';

const TOPICS_AS_MAP = `# Topics that entries are filed under. Each id is the slug of the topic's name.
co-production:
  name: Co-production
  description: Working as equal partners with the people who use and provide services to design, deliver and improve them.
community-engagement:
  name: Community engagement
  description: Involving local people.
`;

const TOPICS_AS_LIST = `# Topics that entries are filed under. Each id is the slug of the topic's name.
- id: co-production
  name: Co-production
  description: Working as equal partners with the people who use and provide services to design, deliver and improve them.
- id: community-engagement
  name: Community engagement
  description: Involving local people.
`;

/** The converted text, failing the test when there was nothing to convert. */
function convert(text: string): string {
	const conversion = convertKeyedMapToList(text);
	if (!conversion) throw new Error('expected a conversion');
	return conversion.text;
}

describe('convertKeyedMapToList', () => {
	it('rewrites a map keyed by id as a list of items each starting with its id, line for line', () => {
		expect(convertKeyedMapToList(TOPICS_AS_MAP)).toEqual({ text: TOPICS_AS_LIST, detail: '2 items' });
	});

	it('keeps every field and the order of the items and their fields, as the loader reads them', () => {
		const map = `zeta:\n  name: Zeta\n  role: Last\n  organisation: scie\nalpha:\n  role: First\n  name: Alpha\n2024:\n  name: A year\n`;
		const list = parse(convert(map)) as Record<string, unknown>[];
		expect(list.map((item) => Object.keys(item))).toEqual([
			['id', 'name', 'role', 'organisation'],
			['id', 'role', 'name'],
			['id', 'name'],
		]);
		const { items, problems } = keyItemsById(list);
		expect(problems).toEqual([]);
		expect(items).toEqual(parse(map.replace('2024:', "'2024':")));
		expect(Object.keys(items)).toEqual(['2024', 'zeta', 'alpha']); // JavaScript puts number-like keys first; the file keeps its order.
	});

	it('keeps comments above items, beside ids, above fields and after the last item, and blank lines between items', () => {
		const map = [
			'# People who wrote entries.',
			'',
			'# The first author.',
			'sue-richards:   # from the 2019 report',
			'  # As the source gives it.',
			'  name: Sue Richards',
			'',
			'nimal-jude:',
			'  name: Nimal Jude # in full',
			'  role: Practice Development Manager',
			'to-write:  # fill in later',
			'# The end.',
			'',
		].join('\n');
		expect(convert(map)).toBe(
			[
				'# People who wrote entries.',
				'',
				'# The first author.',
				'- id: sue-richards # from the 2019 report',
				'  # As the source gives it.',
				'  name: Sue Richards',
				'',
				'- id: nimal-jude',
				'  name: Nimal Jude # in full',
				'  role: Practice Development Manager',
				'- id: to-write # fill in later',
				'# The end.',
				'',
			].join('\n'),
		);
	});

	it('keeps quoting, short lists, nested fields, long lines and block text', () => {
		const long = 'A sentence well over eighty characters long, which the yaml package would fold onto two lines by default.';
		const map = `scie:\n  name: 'Social Care Institute for Excellence'\n  aliases: [SCIE, the institute]\n  description: ${long}\n  furtherReading:\n    name: Its site\n    url: "https://www.scie.org.uk"\n  notes: |\n    Line one.\n    Line two.\n`;
		expect(convert(map)).toBe(
			`- id: scie\n  name: 'Social Care Institute for Excellence'\n  aliases: [SCIE, the institute]\n  description: ${long}\n  furtherReading:\n    name: Its site\n    url: "https://www.scie.org.uk"\n  notes: |\n    Line one.\n    Line two.\n`,
		);
	});

	it('writes an item written on one line on one line, and an item with no fields as its id alone', () => {
		expect(convert('scie: { name: SCIE }\nprsb:\n')).toBe('- {id: scie, name: SCIE}\n- id: prsb\n');
		expect(convert('{}\n')).toBe('[]\n');
	});

	it('keeps Windows line endings', () => {
		expect(convert(TOPICS_AS_MAP.replaceAll('\n', '\r\n'))).toBe(TOPICS_AS_LIST.replaceAll('\n', '\r\n'));
	});

	it('leaves a list, an empty file and a file of comments alone', () => {
		expect(convertKeyedMapToList(TOPICS_AS_LIST)).toBeUndefined();
		expect(convertKeyedMapToList('')).toBeUndefined();
		expect(convertKeyedMapToList('# No glossary terms yet.\n')).toBeUndefined();
	});

	it('names the line of a YAML mistake and says to fix it', () => {
		const convertBroken = () => convertKeyedMapToList('scie:\n  name: SCIE\nscie:\n  name: Again\n');
		expect(convertBroken).toThrow(ConversionError);
		expect(convertBroken).toThrow('This is not valid YAML (line 3): Map keys must be unique. Fix it, then run the upgrade again.');
	});

	it('says which item cannot become a list item, and why', () => {
		expect(() => convertKeyedMapToList('scie:\n  name: SCIE\nprsb: Professional Record Standards Body\n')).toThrow(/^"prsb" \(line 3\) is not a set of fields/);
		expect(() => convertKeyedMapToList('scie:\n  id: social-care-institute\n  name: SCIE\n')).toThrow(/^"scie" \(line 1\) has an id field of its own/);
	});
});

describe('isKeyedMap', () => {
	it('finds the old format: a map keyed by id', () => {
		expect(isKeyedMap(TOPICS_AS_MAP)).toBe(true);
		expect(isKeyedMap('{}\n')).toBe(true);
	});

	it('does not count a list, an empty file or text that is not YAML as the old format', () => {
		expect(isKeyedMap(TOPICS_AS_LIST)).toBe(false);
		expect(isKeyedMap('')).toBe(false);
		expect(isKeyedMap('scie:\n  name: SCIE\nscie:\n')).toBe(false);
	});
});
