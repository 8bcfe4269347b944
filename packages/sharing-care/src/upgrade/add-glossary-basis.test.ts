import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addGlossaryBasis, isGlossaryWithoutBasis } from './add-glossary-basis.ts';
import { ConversionError } from './migration.ts';

const BEFORE = `# Terms the entries use, each explained in the site's own words.
- id: care-co-op
  term: Care co-op
  aliases: [care co-ops, care co-operative]
  definition: A co-operative that provides care, owned and run by its members. # our own
  furtherReading:
    name: What a care co-op is
    url: https://www.example.com/care-co-ops

# Added for the audit.
- id: commissioning
  term: Commissioning
  definition: "How a council decides what care its area needs: and pays providers to give it."
  seeAlso: [care-co-op]
- { id: cqc, term: CQC, definition: The regulator of care in England. }
`;

const AFTER = `# Terms the entries use, each explained in the site's own words.
- id: care-co-op
  term: Care co-op
  aliases: [care co-ops, care co-operative]
  definition: A co-operative that provides care, owned and run by its members. # our own
  basis: own
  furtherReading:
    name: What a care co-op is
    url: https://www.example.com/care-co-ops

# Added for the audit.
- id: commissioning
  term: Commissioning
  definition: "How a council decides what care its area needs: and pays providers to give it."
  basis: own
  seeAlso: [care-co-op]
- {id: cqc, term: CQC, definition: The regulator of care in England., basis: own}
`;

const SCIE = '  basis: { publisher: SCIE, title: Commissioning, url: "https://www.scie.org.uk/commissioning/" }\n';

describe('isGlossaryWithoutBasis', () => {
	it('finds a glossary none of whose terms says what its definition is based on', () => {
		expect(isGlossaryWithoutBasis(BEFORE)).toBe(true);
	});

	it('leaves alone a glossary whose terms have a basis, even one that a term lacks, which the check names', () => {
		expect(isGlossaryWithoutBasis(AFTER)).toBe(false);
		expect(isGlossaryWithoutBasis(BEFORE.replace('  seeAlso:', `${SCIE}  seeAlso:`))).toBe(false);
	});

	it('leaves alone an empty file, the map of kit 0.1 (converted first) and text that is not YAML', () => {
		for (const text of ['', '# No terms yet.\n', 'care-co-op:\n  term: Care co-op\n  definition: A co-op.\n', '- id: x\n  term: [unclosed\n'])
			expect(isGlossaryWithoutBasis(text), text).toBe(false);
	});
});

describe('addGlossaryBasis', () => {
	it('marks each term without a basis as the site’s own wording, under its definition, keeping everything else as written', () => {
		expect(addGlossaryBasis(BEFORE)).toEqual({ text: AFTER, detail: "3 terms marked as the site's own wording" });
	});

	it('gives the terms the schema reads, each with the fields it had and basis own', () => {
		const before = parse(BEFORE) as Record<string, unknown>[];
		const after = parse(addGlossaryBasis(BEFORE)!.text) as Record<string, unknown>[];
		expect(after).toEqual(before.map((term) => ({ ...term, basis: 'own' })));
	});

	it('marks only the terms without one, and changes nothing when every term has one', () => {
		const partly = BEFORE.replace('  seeAlso:', `${SCIE}  seeAlso:`);
		const conversion = addGlossaryBasis(partly)!;
		expect(conversion.detail).toBe("2 terms marked as the site's own wording");
		expect((parse(conversion.text) as { basis: unknown }[]).map((term) => term.basis)).toEqual([
			'own',
			{ publisher: 'SCIE', title: 'Commissioning', url: 'https://www.scie.org.uk/commissioning/' },
			'own',
		]);
		expect(addGlossaryBasis(conversion.text)).toBeUndefined();
		expect(addGlossaryBasis(AFTER)).toBeUndefined();
	});

	it('puts the basis last in a term with no definition, which the check then names', () => {
		expect(addGlossaryBasis('- id: cqc\n  term: CQC\n')?.text).toBe('- id: cqc\n  term: CQC\n  basis: own\n');
	});

	it('leaves an empty file and the map of kit 0.1 to the first migration, and keeps Windows line endings', () => {
		expect(addGlossaryBasis('')).toBeUndefined();
		expect(addGlossaryBasis('care-co-op:\n  term: Care co-op\n')).toBeUndefined();
		expect(addGlossaryBasis('- id: cqc\r\n  term: CQC\r\n  definition: The regulator.\r\n')?.text).toBe(
			'- id: cqc\r\n  term: CQC\r\n  definition: The regulator.\r\n  basis: own\r\n',
		);
	});

	it('says which line is not valid YAML, and changes nothing', () => {
		expect(() => addGlossaryBasis('- id: cqc\n  term: CQC\n  term: Again\n')).toThrow(ConversionError);
		expect(() => addGlossaryBasis('- id: cqc\n  term: CQC\n  term: Again\n')).toThrow(
			/^This is not valid YAML \(line 3\): Map keys must be unique\. Fix it, then run the upgrade again\.$/,
		);
	});
});
