import { describe, expect, it } from 'vitest';
import { findFieldLine } from './find-field-line.ts';

const minutes = `---
title: Board meeting, 15 January 2025
summary: "A meeting: the budget."
date: 2025-01-20
topics: [membership-and-governance, coproduction-tips]
attendees:
  - Chair
  - Treasurer
cover:
  src: ./photo.png
decisions:
  - text: The board approved the budget.
    id: budget-2025
    topics: [funding-and-finance]
  - id: membership-drive
    text: A membership drive in the spring.
changes:
  - date: 2025-02-01
    note: Corrected a name.
---

title: a line of the body, not a field
date: nor is this
`;

describe('findFieldLine', () => {
	it('finds a field of the frontmatter by its name', () => {
		expect(findFieldLine(minutes, 'title')).toBe(2);
		expect(findFieldLine(minutes, 'summary')).toBe(3);
		expect(findFieldLine(minutes, 'date')).toBe(4);
	});

	it('finds a field inside a group, and an item of a list written one a line', () => {
		expect(findFieldLine(minutes, 'cover.src')).toBe(10);
		expect(findFieldLine(minutes, 'attendees[1]')).toBe(8);
		expect(findFieldLine(minutes, 'decisions[0].id')).toBe(13);
		expect(findFieldLine(minutes, 'decisions[1].id')).toBe(15);
		expect(findFieldLine(minutes, 'decisions[1].text')).toBe(16);
		expect(findFieldLine(minutes, 'decisions[0].topics[0]')).toBe(14);
		expect(findFieldLine(minutes, 'changes[0].note')).toBe(19);
	});

	it('gives the line of a list written on one line for any of its items', () => {
		expect(findFieldLine(minutes, 'topics[1]')).toBe(5);
	});

	it('gives the nearest line written for a field left out, and nothing when not even its first part is there', () => {
		expect(findFieldLine(minutes, 'cover.alt')).toBe(9);
		expect(findFieldLine(minutes, 'decisions[5].text')).toBe(11);
		expect(findFieldLine(minutes, 'meeting')).toBeUndefined();
		// A field of a list's items is not a field of the entry: no `date` under changes stands for a missing date.
		expect(findFieldLine(minutes.replace('date: 2025-01-20\n', ''), 'date')).toBeUndefined();
	});

	it('looks only in the frontmatter, not the body after it', () => {
		expect(findFieldLine(minutes.replace('title: Board meeting, 15 January 2025\n', ''), 'title')).toBeUndefined();
	});

	it('reads Windows line ends, quoted keys and list items level with their key', () => {
		expect(findFieldLine('---\r\n"title": A\r\ntopics:\r\n- a\r\n- b\r\ndate: 2025-01-01\r\n---\r\n', 'topics[1]')).toBe(5);
		expect(findFieldLine('---\n"title": A\n---\n', 'title')).toBe(2);
	});

	it('finds an item of reference data by its id, and a field of it', () => {
		const topics = `# The topics entries are filed under.
- id: co-production
  name: Co-production
  description: Working with people.
- name: Funding and finance
  id: "funding-and-finance" # quoted
`;
		expect(findFieldLine(topics, 'co-production')).toBe(2);
		expect(findFieldLine(topics, 'co-production.description')).toBe(4);
		expect(findFieldLine(topics, 'funding-and-finance.name')).toBe(5);
		expect(findFieldLine(topics, 'no-such-topic')).toBeUndefined();
	});

	it('finds a setting of site.config.ts, skipping comments', () => {
		const config = `import { defineSiteConfig } from 'sharing-care/config';

export default defineSiteConfig({
	// The name: the co-op's full name. review: not this line.
	name: 'Hillside Care',
	url: 'https://hillside.example',
	colours: { brand: '#1d70b8' },
	editor: {
		/** review: nor this one. */
		repo: 'hillside-care/site',
		review: true,
	},
	features: { review: false },
});
`;
		expect(findFieldLine(config, 'name')).toBe(5);
		expect(findFieldLine(config, 'url')).toBe(6);
		expect(findFieldLine(config, 'editor.review')).toBe(11);
		expect(findFieldLine(config, 'colours.brand')).toBe(7);
		expect(findFieldLine(config, 'editor.authUrl')).toBe(8);
	});
});
