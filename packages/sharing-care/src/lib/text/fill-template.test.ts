import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template.ts';

describe('fillTemplate', () => {
	it('puts each value in place of its name', () => {
		expect(fillTemplate('Showing {shown} of {total}', { shown: '10', total: '23' })).toBe('Showing 10 of 23');
	});

	it('lets a language put the values in its own order', () => {
		expect(fillTemplate('{total} 中的 {shown}', { shown: '10', total: '23' })).toBe('23 中的 10');
	});

	it('does not read braces inside a value as another placeholder', () => {
		expect(fillTemplate('Results for “{query}”', { query: '{query} and {total}', total: '3' })).toBe('Results for “{query} and {total}”');
	});

	it('leaves a placeholder with no value where it is', () => {
		expect(fillTemplate('{count} results', {})).toBe('{count} results');
	});
});
