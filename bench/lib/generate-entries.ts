/**
 * Generates realistic, varied entries for every collection, for measuring the site at scale (search size,
 * build time). Bodies are about 600 words of text that reads like the seed content: a word-level Markov chain
 * learned from the project's own entries, with places, people and numbers mixed in so the vocabulary grows
 * the way a real archive's does. Frontmatter is valid for each collection's schema and uses only topics,
 * people and organisations that exist in content/*.yaml. The same seed always gives the same entries.
 *
 *   import { writeGeneratedEntries } from './generate-entries.ts';
 *   writeGeneratedEntries(projectDir, 1000);
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readKnownIds } from '../../packages/sharing-care/src/data/read-known-ids.ts';
import { ENTRY_COLLECTIONS, isEntryFile, type EntryCollection } from '../../packages/sharing-care/src/collections/index.ts';
import { CONTENT_DIR } from '../../packages/sharing-care/src/config/paths.ts';
import { PRACTICE_SECTIONS } from '../../packages/sharing-care/src/schemas/practice.ts';

export interface ReferenceIds {
	topics: string[];
	people: string[];
	organisations: string[];
}

export interface GeneratedEntry {
	collection: EntryCollection;
	id: string;
	/** The file's path in the project: `content/blog/gen-blog-0001.md`. */
	path: string;
	/** The whole file: frontmatter and body. */
	text: string;
	/** Words in the body. */
	words: number;
}

export interface GenerateOptions {
	count: number;
	references: ReferenceIds;
	/** Text to learn the style and words from: the seed entries' bodies. */
	corpus: string;
	/** Same seed, same entries. */
	seed?: number;
	/** Entries are dated between these years, inclusive. */
	years?: [number, number];
}

/** How the generated entries are spread over the collections, roughly as a co-op's archive grows. */
const MIX: [EntryCollection, number][] = [
	['blog', 0.4],
	['practice', 0.25],
	['reports', 0.15],
	['audits', 0.1],
	['minutes', 0.1],
];

const TOWNS =
	'Marsden Huddersfield Holmfirth Halifax Todmorden Hebden Bridge Barnsley Wakefield Dewsbury Batley Keighley Skipton Settle Otley Ilkley Harrogate Ripon Thirsk Malton Whitby Scarborough Bridlington Beverley Goole Selby Pontefract Castleford Rotherham Doncaster Chesterfield Buxton Glossop Macclesfield Crewe Nantwich Northwich Warrington Wigan Bolton Bury Rochdale Oldham Stockport Stalybridge Hyde Kendal Penrith Carlisle Workington Whitehaven Barrow Lancaster Morecambe Preston Chorley Blackburn Burnley Accrington Clitheroe Hexham Morpeth Alnwick Durham Darlington Hartlepool Redcar Stockton Gateshead Sunderland Blyth Lincoln Louth Boston Grantham Newark Mansfield Worksop Retford Loughborough Shepshed Coalville Hinckley Nuneaton Rugby Leamington Stratford Evesham Malvern Ledbury Hereford Leominster Ludlow Shrewsbury Oswestry Welshpool Newtown Aberystwyth Cardigan Carmarthen Llanelli Swansea Neath Bridgend Merthyr Abergavenny Monmouth Chepstow Stroud Cirencester Tewkesbury Frome Glastonbury Bridgwater Taunton Tiverton Barnstaple Bideford Okehampton Totnes Truro Falmouth Penzance Bodmin Launceston Salisbury Devizes Trowbridge Chippenham Swindon Didcot Wantage Banbury Bicester Thame Hitchin Letchworth Stevenage Ware Sudbury Haverhill Thetford Dereham Fakenham Cromer Aylsham Bungay Beccles Lowestoft Southwold Felixstowe Harwich Maldon Witham Braintree Saffron Walden'.split(
		' ',
	);
const FIRST_NAMES =
	'Aisha Alan Amara Anwar Bethan Bridget Carys Chloe Colin Dafydd Deborah Delroy Dev Eilidh Elaine Farah Fergus Gareth Gwen Harjit Hazel Ifeoma Imran Isla Jagdeep Janet Joanne Kamal Keith Kiran Leanne Lowri Maggie Malik Marek Maureen Nadia Niamh Nkechi Olu Owen Parveen Precious Rhiannon Rizwan Rosa Sandeep Shona Siobhan Tariq Tegan Tomasz Una Vera Wendy Yasmin Zofia'.split(
		' ',
	);
const SURNAMES =
	'Ahmed Akhtar Barker Beaumont Bhatti Brennan Brook Campbell Chowdhury Crossley Dawson Ellis Fairclough Garside Haigh Hartley Hussain Iqbal Jagger Kaur Kowalski Lockwood Mahmood Mellor Mistry Nowak Oduya Okafor Pearson Pickles Quarmby Radcliffe Rashid Sagar Schofield Sharpe Sykes Tattersall Thornton Varley Whiteley Wilkinson Wood Yusuf'.split(
		' ',
	);
const ROLES = ['care worker', 'co-op member', 'director', 'carer', 'service user', 'volunteer', 'coordinator', 'trustee', 'social worker', 'family member'];
const REGIONS = [
	'North West England',
	'Yorkshire and the Humber',
	'North East England',
	'East Midlands',
	'West Midlands',
	'South West England',
	'East of England',
	'Wales',
	'Scotland',
];
const PEOPLE_SERVED = [
	'older people',
	'care leavers',
	'people with a learning disability',
	'unpaid carers',
	'young people',
	'people living with dementia',
	'disabled people',
	'families',
];
const CATEGORIES = ['opinion', 'news', 'experience', 'practice', 'event'] as const;
/** Section headings of the generated kinds that have no fixed questions (the benchmark writes only the kit's own five kinds). */
const SECTION_HEADINGS: Record<'reports' | 'audits' | 'blog' | 'minutes', string[]> = {
	reports: ['Background', 'What we set out to do', 'What happened', 'Outcomes', 'Challenges', 'What we learned', 'Next steps'],
	audits: ['Who we spoke to', 'How they work', 'What helps', 'What gets in the way', 'Learning for the co-op'],
	blog: ['Where we started', 'What changed', 'Working together', 'What others can take from this', 'Looking ahead'],
	minutes: ['Welcome and apologies', 'Matters arising', 'Finance', 'Membership', 'Any other business'],
};

/** A small, fast, seedable random number generator (mulberry32), so runs are repeatable. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Plain words from Markdown: no markup, links reduced to their text, no web addresses. */
export function plainCorpus(markdown: string): string[] {
	return markdown
		.replace(/^---[\s\S]*?^---$/m, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/https?:\/\/\S+|www\.\S+|\S+@\S+/g, ' ')
		.replace(/[*_`#<>[\]|]/g, ' ')
		.split(/\s+/)
		.filter((word) => word && /[a-z]/i.test(word));
}

/** A word-level Markov chain of order two: which words follow each pair, as written in the corpus. */
function learnChain(words: string[]) {
	const next = new Map<string, string[]>();
	const starts: [string, string][] = [];
	for (let i = 0; i + 2 < words.length; i++) {
		const key = `${words[i]} ${words[i + 1]}`;
		(next.get(key) ?? next.set(key, []).get(key)!).push(words[i + 2]!);
		if ((i === 0 || /[.?!]$/.test(words[i - 1]!)) && /^[A-Z]/.test(words[i]!)) starts.push([words[i]!, words[i + 1]!]);
	}
	return { next, starts };
}

type Chain = ReturnType<typeof learnChain>;

function createWriter(chain: Chain, rand: () => number) {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const some = <T>(list: readonly T[], min: number, max: number): T[] => {
		const count = Math.min(list.length, min + Math.floor(rand() * (max - min + 1)));
		const copy = [...list];
		return Array.from({ length: count }, () => copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
	};
	const person = () => `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;

	/** One sentence from the chain, ending at the corpus's own full stop (or cut at 40 words). */
	function chainSentence(): string {
		let [a, b] = pick(chain.starts);
		const words = [a, b];
		while (words.length < 40 && !/[.?!]$/.test(b)) {
			const options = chain.next.get(`${a} ${b}`);
			if (!options) break;
			[a, b] = [b, pick(options)];
			words.push(b);
		}
		const text = words.join(' ');
		return /[.?!]$/.test(text) ? text : `${text}.`;
	}

	/** A sentence naming a place, a person or a number, as real entries do. */
	function localSentence(): string {
		const templates = [
			() => `In ${pick(TOWNS)}, ${person()}, a ${pick(ROLES)}, said the work had changed how ${pick(PEOPLE_SERVED)} were supported.`,
			() => `${1 + Math.floor(rand() * 60)} members came to the meeting in ${pick(TOWNS)} and ${2 + Math.floor(rand() * 20)} joined the co-op afterwards.`,
			() => `${person()} from ${pick(TOWNS)} led the sessions with ${pick(PEOPLE_SERVED)} over ${2 + Math.floor(rand() * 10)} months.`,
			() => `We worked alongside partners in ${pick(TOWNS)} and ${pick(TOWNS)} to reach ${pick(PEOPLE_SERVED)}.`,
			() => `The budget for the year was £${(5 + Math.floor(rand() * 200)) * 1000}, of which ${10 + Math.floor(rand() * 80)} per cent went on care hours.`,
		];
		return pick(templates)();
	}

	const sentence = () => (rand() < 0.2 ? localSentence() : chainSentence());
	const countWords = (text: string) => text.split(/\s+/).length;

	/** Paragraphs of three to six sentences under the given headings, about `target` words in all. */
	function body(headings: readonly string[], target: number): { text: string; words: number } {
		const parts: string[] = [];
		let words = 0;
		for (const [index, heading] of headings.entries()) {
			parts.push(`## ${heading}`);
			// Each section aims at its share of what is left, less half a sentence for the usual overshoot.
			const budget = (target - words) / (headings.length - index) - 10;
			let sectionWords = 0;
			while (sectionWords < budget) {
				const paragraph: string[] = [];
				const length = 3 + Math.floor(rand() * 4);
				while (paragraph.length < length && sectionWords < budget) {
					const next = sentence();
					paragraph.push(next);
					sectionWords += countWords(next);
				}
				parts.push(paragraph.join(' '));
			}
			words += sectionWords;
		}
		return { text: `${parts.join('\n\n')}\n`, words };
	}

	/** A plain-text line from the chain: no characters a summary may not have, within `max` words. */
	function plainLine(max: number): string {
		const words = chainSentence()
			.replace(/[*_`#<>[\]]/g, '')
			.split(/\s+/)
			.slice(0, max);
		const text = words.join(' ').replace(/[,;:–-]+$/, '');
		return /[.?!]$/.test(text) ? text : `${text}.`;
	}

	function title(): string {
		const subject = plainLine(7).replace(/[.?!]$/, '');
		return rand() < 0.4 ? `${subject} in ${pick(TOWNS)}` : subject;
	}

	return { pick, some, person, body, plainLine, title };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Entries with valid frontmatter for their collection and about 600 words each. */
export function generateEntries({ count, references, corpus, seed = 1, years = [2012, 2025] }: GenerateOptions): GeneratedEntry[] {
	const rand = random(seed);
	const write = createWriter(learnChain(plainCorpus(corpus)), rand);
	const { pick, some } = write;
	const numbers = new Map<EntryCollection, number>();
	const entries: GeneratedEntry[] = [];

	for (let n = 0; n < count; n++) {
		let roll = rand();
		const collection = MIX.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'blog';
		const number = (numbers.get(collection) ?? 0) + 1;
		numbers.set(collection, number);
		const id = `gen-${collection}-${String(number).padStart(4, '0')}`;
		const date = new Date(Date.UTC(years[0] + Math.floor(rand() * (years[1] - years[0] + 1)), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
		const target = 540 + Math.floor(rand() * 140);
		const common = {
			title: write.title(),
			summary: `${write.plainLine(22)} ${write.plainLine(14)}`,
			date: isoDay(date),
			topics: some(references.topics, 1, 4),
		};
		/** Guidance (reports, audits, practice examples) also has three key points. */
		const keyPoints = () => Array.from({ length: 3 }, () => write.plainLine(14));
		let data: Record<string, unknown>;
		let body: { text: string; words: number };

		switch (collection) {
			case 'reports': {
				const start = new Date(date.getTime() - (90 + Math.floor(rand() * 275)) * 86_400_000);
				data = {
					...common,
					keyPoints: keyPoints(),
					organisation: pick(references.organisations),
					funder: pick(references.organisations),
					programme: `${pick(['Community', 'Bright Ideas', 'Next Steps', 'Together'])} Fund`,
					period: { start: isoDay(start), end: isoDay(date) },
					outcomes: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => write.plainLine(12)),
					authors: some(references.people, 0, 2),
				};
				body = write.body(SECTION_HEADINGS.reports, target);
				break;
			}
			case 'audits':
				data = {
					...common,
					keyPoints: keyPoints(),
					authors: some(references.people, 1, 2),
					project: 'Sharing Care',
					organisationsConsulted: some(references.organisations, 2, 6),
				};
				body = write.body(SECTION_HEADINGS.audits, target);
				break;
			case 'practice':
				data = {
					...common,
					keyPoints: keyPoints(),
					organisation: pick(references.organisations),
					place: pick(TOWNS),
					region: pick(REGIONS),
					year: date.getUTCFullYear(),
					people: pick(PEOPLE_SERVED),
				};
				body = write.body(PRACTICE_SECTIONS, target);
				break;
			case 'minutes': {
				const meeting = new Date(date.getTime() - (1 + Math.floor(rand() * 10)) * 86_400_000);
				data = {
					...common,
					meeting: isoDay(meeting),
					meetingType: pick(['board', 'agm', 'members', 'committee'] as const),
					attendees: ['Chair', 'Treasurer', 'Secretary', `${1 + Math.floor(rand() * 6)} worker-member directors`],
					apologies: rand() < 0.5 ? [write.person()] : [],
					agenda: some(SECTION_HEADINGS.minutes, 2, 5),
					decisions: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ text: write.plainLine(18), topics: some(references.topics, 0, 2) })),
					actions: Array.from({ length: Math.floor(rand() * 3) }, () => ({
						text: write.plainLine(12),
						owner: pick(['Chair', 'Treasurer', 'Secretary']),
						due: isoDay(new Date(meeting.getTime() + 30 * 86_400_000)),
						status: pick(['open', 'done'] as const),
					})),
					approval: { status: 'approved' },
				};
				body = write.body(SECTION_HEADINGS.minutes, target);
				break;
			}
			default:
				data = { ...common, authors: some(references.people, 0, 2), category: pick(CATEGORIES) };
				body = write.body(SECTION_HEADINGS.blog, target);
		}
		entries.push({ collection, id, path: `${CONTENT_DIR}/${collection}/${id}.md`, text: `---\n${stringify(data)}---\n\n${body.text}`, words: body.words });
	}
	return entries;
}

/** The ids of the topics, people and organisations a project defines. */
export function readReferenceIds(root: string): ReferenceIds {
	return { topics: [...readKnownIds('topics', root)], people: [...readKnownIds('people', root)], organisations: [...readKnownIds('organisations', root)] };
}

/** The bodies of a project's own entries, the text the generator learns from. */
export function readCorpus(root: string): string {
	return ENTRY_COLLECTIONS.flatMap((collection) => {
		const dir = join(root, CONTENT_DIR, collection);
		try {
			return readdirSync(dir)
				.filter(isEntryFile)
				.map((file) => readFileSync(join(dir, file), 'utf8'));
		} catch {
			return [];
		}
	}).join('\n\n');
}

/** Generates `count` entries from a project's own content and writes them into its content folders. */
export function writeGeneratedEntries(root: string, count: number, seed = 1): GeneratedEntry[] {
	const entries = generateEntries({ count, seed, references: readReferenceIds(root), corpus: readCorpus(root) });
	for (const entry of entries) {
		mkdirSync(join(root, CONTENT_DIR, entry.collection), { recursive: true });
		writeFileSync(join(root, entry.path), entry.text);
	}
	return entries;
}
