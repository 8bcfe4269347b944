import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from './read-frontmatter.ts';

describe('readFrontmatter', () => {
	it('reads every field but the dates as the build reads it', () => {
		const fields = [
			'defaults: &defaults',
			'  summary: Shared words',
			'title: 1_000 hours',
			'count: 0b101',
			'ratio: .5',
			'tags: [care, co-op]',
			'draft: false',
			'empty:',
			'item:',
			'  <<: *defaults',
			'  name: First',
		].join('\n');
		const source = `---\n${fields}\n---\nThe text.\n`;
		const read = readFrontmatter(source);
		expect(read).toMatchObject({ ok: true, body: 'The text.\n', bodyLine: 14 });
		expect(read.ok && read.data).toEqual(parseFrontmatter(source).frontmatter);
		expect(read.ok && read.data.item).toEqual({ summary: 'Shared words', name: 'First' });
	});

	it('keeps dates as written, so an impossible one is not turned into another day', () => {
		const source = '---\ndate: 2024-02-30\nupdated: 2024-03-01T10:00:00Z\n---\n';
		expect(readFrontmatter(source)).toMatchObject({ ok: true, data: { date: '2024-02-30', updated: '2024-03-01T10:00:00Z' } });
		expect((parseFrontmatter(source).frontmatter as { date: Date }).date.toISOString()).toBe('2024-03-01T00:00:00.000Z');
	});

	it('says what is wrong with frontmatter that is not valid YAML, on the line of the file it is on', () => {
		expect(readFrontmatter('---\ntitle: Minutes\nsummary: "Not closed\n---\nText\n')).toEqual({
			ok: false,
			message: 'The frontmatter is not valid YAML: Missing closing "quote. Check for a missing colon, a stray quote or wrong indentation.',
			line: 3,
		});
		expect(readFrontmatter('---\ntitle: One\ntitle: Two\n---\n')).toEqual({
			ok: false,
			message: 'The frontmatter is not valid YAML: Map keys must be unique. Check for a missing colon, a stray quote or wrong indentation.',
			line: 3,
		});
	});

	it('asks for frontmatter of fields when a file has none, or has a list instead', () => {
		expect(readFrontmatter('# Minutes\n')).toEqual({
			ok: false,
			message: 'The file must start with frontmatter: a line of three dashes (---), the fields, and another line of three dashes.',
			line: 1,
		});
		expect(readFrontmatter('---\n- title\n---\n')).toEqual({ ok: false, message: 'The frontmatter must be a set of "field: value" lines.', line: 2 });
	});
});
