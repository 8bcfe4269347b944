import { site } from '../config/site.ts';
import { number } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { choosePlural } from '../lib/text/choose-plural.ts';
import { estimateReadingTime } from '../lib/text/estimate-reading-time.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';
import { memoiseByKey } from '../lib/entries/memoise-by-key.ts';
import { entryKey, type Entry } from './entries.ts';

/**
 * How long an entry takes to read, in the site's language: "4 minutes to read". Worked out once per build from the
 * entry's text, however many lists and pages show it (at 10,000 entries, a hundred thousand times).
 */
export const readingTime: (entry: Entry) => string = memoiseByKey((entry: Entry) => {
	const minutes = estimateReadingTime(entry.body ?? '');
	return fillTemplate(choosePlural(t.entry.readingTime, minutes, site.locale), { count: number(minutes) });
}, entryKey);
