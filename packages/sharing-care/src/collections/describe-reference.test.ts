import { describe, expect, it } from 'vitest';
import { knownReference } from '../schemas/known-reference.ts';
import { describeReference } from './describe-reference.ts';

describe('describeReference', () => {
	it('names reference data by its label and YAML file, and entries by their folder', () => {
		expect(describeReference('topics')).toBe('topic (from content/topics.yaml)');
		expect(describeReference('glossary')).toBe('glossary term (from content/glossary.yaml)');
		expect(describeReference('minutes')).toMatch(/^\S.* \(a file name in content\/minutes\/\)$/);
	});

	it('is what the message about an unknown id names', () => {
		const result = knownReference(describeReference('topics'), new Set(['co-production'])).safeParse('co-production-');
		expect(result.error?.issues[0]?.message).toBe(
			'"co-production-" is not a known topic (from content/topics.yaml). Did you mean "co-production"? Add it there first, or check the spelling.',
		);
	});
});
