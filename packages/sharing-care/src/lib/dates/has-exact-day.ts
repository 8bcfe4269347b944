/** What an entry says about how exact its date is (src/schemas/base.ts): its precision, and whether it is an estimate. */
export interface DateExactness {
	datePrecision?: 'day' | 'month' | 'year' | undefined;
	dateApproximate?: boolean | undefined;
	undatedSource?: boolean | undefined;
}

/**
 * True when an entry's date is a day its source gives: known to the day, and neither marked as an estimate nor
 * the editor's estimate for a text its source gives no date. Anything that must write a whole day (a feed's
 * `pubDate`) says so when the date is not one.
 */
export function hasExactDay({ datePrecision = 'day', dateApproximate = false, undatedSource = false }: DateExactness): boolean {
	return datePrecision === 'day' && !dateApproximate && !undatedSource;
}
