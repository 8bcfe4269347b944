/**
 * A phrase in each plural form a language has, by `Intl.PluralRules` category: English needs `one` and
 * `other`, Welsh also `zero`, `two`, `few` and `many`. `other` is always there, for any form left out.
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<string, Intl.PluralRules>();

/** The form of a phrase that goes with a count in a language: `one` for 1 in English, `other` for 2. */
export function choosePlural(forms: PluralForms, count: number, locale: string): string {
	let rule = rules.get(locale);
	if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
	return forms[rule.select(count)] ?? forms.other;
}
