import { site } from '../config/site.ts';
import { number } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { choosePlural } from '../lib/text/choose-plural.ts';
import { estimateReadingTime } from '../lib/text/estimate-reading-time.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';
import { memoiseByKey } from '../lib/entries/memoise-by-key.ts';
import { entryKey, type Entry } from './entries.ts';

/** The minutes an entry takes to read, from its text: worked out once per build, however many lists show it. */
const minutesOf: (entry: Entry) => number = memoiseByKey((entry: Entry) => estimateReadingTime(entry.body ?? ''), entryKey);

/** How long an entry takes to read, in the site's language: "4 minutes to read". */
export function readingTime(entry: Entry): string {
	const minutes = minutesOf(entry);
	return fillTemplate(choosePlural(t.entry.readingTime, minutes, site.locale), { count: number(minutes) });
}
