import { site } from '../config/site.ts';
import { t } from '../i18n/index.ts';

/** A feed's title as readers list it: the co-op's name, then what the feed follows ("Blog", a topic's name). */
export function feedTitle(subject: string): string {
	return t.feeds.title(site.name, subject);
}

/** What the whole-site feed follows. */
export const SITE_FEED_SUBJECT = t.feeds.everything;

/** The whole-site feed's title, used in its channel and in every page's autodiscovery link. */
export const SITE_FEED_TITLE = feedTitle(SITE_FEED_SUBJECT);
