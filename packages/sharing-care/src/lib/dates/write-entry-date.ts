/** How an entry's date is marked when it is not a date its source gives (`t.dates`). */
export interface EntryDateWording {
	/** A date known only roughly: "about 2023". */
	about(date: string): string;
	/** The editor's estimate for a text first published without a date. */
	undated(date: string): string;
}

/** What an entry says about how far its date can be trusted (`dateApproximate`, `undatedSource`). */
export interface EntryDateMarks {
	approximate?: boolean;
	undatedSource?: boolean;
}

/**
 * Writes an entry's publication date as readers see it, from the date already written to its precision ("July 2020"):
 * as it is, as an estimate ("about July 2020"), or, when its source gives no date, saying so. An undated source
 * makes the date an estimate whatever `approximate` says, so that wording wins.
 */
export function writeEntryDate(written: string, marks: EntryDateMarks, wording: EntryDateWording): string {
	if (marks.undatedSource) return wording.undated(written);
	if (marks.approximate) return wording.about(written);
	return written;
}
