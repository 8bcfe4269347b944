import { describe, expect, it } from 'vitest';
import { formatProblems } from '../lib/text/format-problems.ts';
import { describeStrings } from './describe-strings.ts';
import strings from './locales/en-GB.ts';
import { readSiteStrings } from './read-site-strings.ts';

const slots = describeStrings(strings);
/** Reads a site's content/strings.yaml, given as its lines. */
const read = (...lines: string[]) => readSiteStrings(`${lines.join('\n')}\n`, slots, ['reports', 'blog']);
/** The problems reading those lines finds, as the content check prints them. */
const report = (...lines: string[]) => formatProblems(read(...lines).problems);

describe('readSiteStrings', () => {
	it('reads each key as the text, the sentence with values or the list it rewords', () => {
		const { overrides, problems } = read(
			'home.startHere: Where to begin',
			'topics.count: "{count} pieces of writing"',
			'subscribe.how:',
			'  - Pick a feed reader.',
			'  - Paste the address.',
			'collections.blog.plural: News',
		);
		expect(problems).toEqual([]);
		expect(overrides).toEqual([
			{ kind: 'text', path: ['home', 'startHere'], value: 'Where to begin' },
			{ kind: 'function', path: ['topics', 'count'], value: '{count} pieces of writing', parameters: ['count'] },
			{ kind: 'list', path: ['subscribe', 'how'], value: ['Pick a feed reader.', 'Paste the address.'] },
			{ kind: 'text', path: ['collections', 'blog', 'plural'], value: 'News' },
		]);
	});

	it('reads nested keys, as the web editor writes them, as their dotted keys', () => {
		expect(read('home:', '  startHere: Where to begin', 'entry:', '  readingTime:', '    other: "{count} minutes"').overrides).toEqual([
			{ kind: 'text', path: ['home', 'startHere'], value: 'Where to begin' },
			{ kind: 'text', path: ['entry', 'readingTime', 'other'], value: '{count} minutes' },
		]);
	});

	it('lets a sentence keep the marks its text fills in, and a page’s own mark after a function’s values', () => {
		const { problems } = read('entry.history.change: "{note} ({date})"', 'series.partOf: "Part {position} of {total}: {series}"');
		expect(problems).toEqual([]);
	});

	it('reads an empty file, or one of comments only, as no wording', () => {
		expect(read('')).toEqual({ overrides: [], problems: [] });
		expect(read('# Our own words for the site')).toEqual({ overrides: [], problems: [] });
	});

	it('names the file, the line and the key of a key the site does not have, suggesting the one meant', () => {
		expect(report('home.startHere: Where to begin', 'home.startHre: Begin here')).toMatchInlineSnapshot(`
			"Found 1 problem in 1 file:

			content/strings.yaml
			  - line 2: home.startHre: The site has no text with this key. Did you mean home.startHere? Each key names one piece of the site's text, as the kit's strings table (node_modules/sharing-care/src/i18n/locales/en-GB.ts) names it: check the spelling against the table, or remove the line."
		`);
	});

	it('refuses a value that is not words, or is empty', () => {
		expect(
			read('home.startHere: 2024', 'home.byType: true', 'home.latest:', 'home.byTopic: [a, b]').problems.map(
				(problem) => `${problem.field}: ${problem.message}`,
			),
		).toEqual([
			'home.startHere: Found the number 2024, but this should be words. Write the words after the colon, in quotes when they look like a number or start with a symbol: home.startHere: "Your words".',
			'home.byType: Found true, which YAML reads as yes or no, but this should be words. Write the words after the colon, in quotes when they look like a number or start with a symbol: home.byType: "Your words".',
			'home.latest: This is empty. Write your words after the colon, or remove the line to keep the kit’s own words.',
			'home.byTopic: This is a list, but home.byTopic is one piece of text. Write the words after the colon, on the same line as the key.',
		]);
	});

	it('refuses a mark the text cannot fill in, saying which it can', () => {
		expect(read('topics.count: "{number} pieces"', 'home.startHere: "Start {here}"', 'entry.published: "Out on {day} and {when}"').problems).toEqual([
			{
				file: 'content/strings.yaml',
				line: 1,
				field: 'topics.count',
				message:
					'{number} is not a value this text can fill in, so it would be shown as written. It can fill in {count}: use that, spelled the same way, or write the words themselves.',
			},
			{
				file: 'content/strings.yaml',
				line: 2,
				field: 'home.startHere',
				message: 'This text fills in no values, so {here} would be shown as written. Write the words themselves.',
			},
			{
				file: 'content/strings.yaml',
				line: 3,
				field: 'entry.published',
				message:
					'{day} and {when} are not values this text can fill in, so they would be shown as written. It can fill in {date}: use that, spelled the same way, or write the words themselves.',
			},
		]);
	});

	it('asks for a list where the text is a list, and words in each of its items', () => {
		expect(read('subscribe.how: Pick a reader', 'subscribe.what:', '  - A feed is an address.', '  - 12').problems.map((problem) => problem.field)).toEqual([
			'subscribe.how',
			'subscribe.what[1]',
		]);
	});

	it('refuses a group of texts given as one, naming keys inside it', () => {
		expect(read('entry.readingTime: About five minutes').problems[0]?.message).toBe(
			'This is a group of texts, not one piece of text: reword each on a line of its own, such as "entry.readingTime.one" and "entry.readingTime.other".',
		);
	});

	it('refuses a key given twice, flat and nested', () => {
		expect(read('home.startHere: Begin', 'home:', '  startHere: Start').problems).toEqual([
			{
				file: 'content/strings.yaml',
				line: 3,
				field: 'home.startHere',
				message: 'This text is given twice (first on line 1), so it is not clear which words to use. Keep one of the two.',
			},
		]);
	});

	it('reports YAML that cannot be read, with its line, and a file that is not a list of keys', () => {
		// A colon and a space inside words that are not in quotes: the commonest way to write YAML that cannot be read.
		expect(read('home.byType: Browse', 'home.startHere: Note: begin here').problems).toEqual([
			{
				file: 'content/strings.yaml',
				line: 2,
				message:
					'This is not valid YAML: Nested mappings are not allowed in compact mappings. Words that hold a colon, or start with a symbol, go in quotes: home.startHere: "Note: begin here".',
			},
		]);
		expect(read('- home.startHere').problems[0]?.message).toMatch(/^This file should list the texts to reword/);
	});
});
