import { describe, expect, it } from 'vitest';
import { parseInlineText } from './parse-inline-text.ts';

describe('parseInlineText', () => {
	it('keeps a sentence with no markup as one piece of text', () => {
		expect(parseInlineText('Nothing has been published here yet.')).toEqual([{ kind: 'text', text: 'Nothing has been published here yet.' }]);
	});

	it('finds links, with the words they show and where they go', () => {
		expect(parseInlineText('See also the [actions tracker](actions).')).toEqual([
			{ kind: 'text', text: 'See also the ' },
			{ kind: 'link', text: 'actions tracker', target: 'actions' },
			{ kind: 'text', text: '.' },
		]);
		expect(parseInlineText('[Feeder](https://f-droid.org/packages/com.nononsenseapps.feeder/): an app')[0]).toEqual({
			kind: 'link',
			text: 'Feeder',
			target: 'https://f-droid.org/packages/com.nononsenseapps.feeder/',
		});
	});

	it('finds bold words and slots for the page to fill', () => {
		expect(parseInlineText('**Draft:** published {date}')).toEqual([
			{ kind: 'strong', text: 'Draft:' },
			{ kind: 'text', text: ' published ' },
			{ kind: 'slot', name: 'date' },
		]);
	});

	it('leaves brackets and stars that mark nothing as text', () => {
		expect(parseInlineText('Choose [+] or * to add (a feed)')).toEqual([{ kind: 'text', text: 'Choose [+] or * to add (a feed)' }]);
	});
});
