/** A glossary term as entries may write it: its id, and every form that should be found. */
export interface TermForms {
	id: string;
	/** The term and its other forms: "Investor member", "investor members". */
	forms: readonly string[];
}

/** One use of a term in a text: which term, and where it starts and ends (as string indexes, end excluded). */
export interface TermUse {
	id: string;
	start: number;
	end: number;
}

/** The terms made ready to search texts with: build once, search many times. */
export interface TermFinder {
	/** One search for the forms that ignore case, one for those that keep it (forms in capitals): each form's term by its shape. */
	searches: { pattern: RegExp; keepCase: boolean; ids: Map<string, FormOf> }[];
}

/** What a form's shape stands for: its term, and whether the form is an ordinary word, in capitals at most at its start. */
interface FormOf {
	id: string;
	ordinary: boolean;
}

/** Letters, digits, joining marks and hyphens are part of a word: "co-op" is not found inside "co-operative" or "co-op-run". */
const WORD = String.raw`[\p{L}\p{N}\p{M}_-]`;

/** A form in capitals, such as "CQC": found only in capitals, so "SEND" does not match "send". */
const isAcronym = (form: string) => /\p{Lu}.*\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);

/** A form as it is compared: spaces of any kind and length as one space, curly apostrophes as straight ones. */
const shapeOf = (text: string, keepCase: boolean) => {
	const shaped = text.trim().replace(/\s+/g, ' ').replace(/[‘’]/g, "'");
	return keepCase ? shaped : shaped.toLowerCase();
};

/** Whether a form is written as an ordinary word or phrase: no capital after its first letter ("Social care", not "Preston Model"). */
const isOrdinary = (form: string) => !/\p{Lu}/u.test(form.trim().slice(1));

/**
 * Whether an ordinary form is used here as part of a name: with a capital starting a later word ("the Social Care
 * Institute", "Co-Production"), or followed by a capitalised word ("Co-production Week", "Match-Funding Grants").
 */
function isInName(text: string, start: number, end: number): boolean {
	if (/[\s-]\p{Lu}/u.test(text.slice(start, end))) return true;
	return /^(?:['’]s?)?\s+\p{Lu}\p{L}/u.test(text.slice(end));
}

/** A form as a pattern: any run of spaces (a line break included) between its words, either kind of apostrophe. */
const patternOf = (form: string) =>
	shapeOf(form, true)
		.split(' ')
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
		.join(String.raw`\s+`);

/**
 * Prepares terms for `findTermUses`. Each form is matched as whole words; forms written in capitals (acronyms)
 * keep their case, the rest ignore it. Where two terms share a form, the first listed keeps it.
 */
export function compileTerms(terms: readonly TermForms[]): TermFinder {
	const groups = [
		{ keepCase: false, ids: new Map<string, FormOf>() },
		{ keepCase: true, ids: new Map<string, FormOf>() },
	];
	for (const { id, forms } of terms) {
		for (const form of forms) {
			if (!form.trim()) continue;
			const group = groups[isAcronym(form) ? 1 : 0]!;
			const shape = shapeOf(form, group.keepCase);
			if (!group.ids.has(shape)) group.ids.set(shape, { id, ordinary: !group.keepCase && isOrdinary(form) });
		}
	}
	return {
		searches: groups
			.filter((group) => group.ids.size > 0)
			.map(({ keepCase, ids }) => {
				// Longest first, so that at any place the longest form wins: "care co-op" before "co-op".
				const alternatives = [...ids.keys()].sort((a, b) => b.length - a.length).map(patternOf);
				const pattern = new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, keepCase ? 'gu' : 'giu');
				return { pattern, keepCase, ids };
			}),
	};
}

/**
 * Every use of the terms in a text, in order: whole words only, the longest form where forms overlap
 * ("investor members" rather than "investor member" inside it). An ordinary form used as part of a name is not a
 * use of the term: "Social Care" in "the Social Care Institute for Excellence", "Co-operative" in "Co-operative Care
 * Colne Valley".
 */
export function findTermUses(text: string, finder: TermFinder): TermUse[] {
	const found: TermUse[] = [];
	for (const { pattern, keepCase, ids } of finder.searches) {
		for (const match of text.matchAll(pattern)) {
			const form = ids.get(shapeOf(match[0], keepCase));
			const start = match.index;
			const end = start + match[0].length;
			if (form && !(form.ordinary && isInName(text, start, end))) found.push({ id: form.id, start, end });
		}
	}
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const uses: TermUse[] = [];
	for (const use of found) {
		const last = uses.at(-1);
		if (!last || use.start >= last.end) uses.push(use);
	}
	return uses;
}

/** A form that a term lists but an earlier term already has, so it finds the earlier one. */
export interface SharedForm {
	id: string;
	form: string;
	/** The earlier term that keeps the form. */
	owner: string;
}

/** The forms that two terms share, as `compileTerms` compares them (ignoring case, except for capitals), each named against the later term. */
export function findSharedForms(terms: readonly TermForms[]): SharedForm[] {
	const owners = new Map<string, string>();
	const shared: SharedForm[] = [];
	for (const { id, forms } of terms) {
		for (const form of new Set(forms.map((one) => shapeOf(one, isAcronym(one))))) {
			const key = `${isAcronym(form) ? 'A' : 'a'}${form}`;
			const owner = owners.get(key);
			if (owner === undefined) owners.set(key, id);
			else if (owner !== id) shared.push({ id, form, owner });
		}
	}
	return shared;
}
