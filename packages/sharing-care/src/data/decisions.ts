import type { CollectionEntry } from 'astro:content';
import { site } from '../config/site.ts';
import { decisionAnchor } from '../lib/entries/decision-anchor.ts';
import { getPublishedIn } from './entries.ts';

type Minutes = CollectionEntry<'minutes'>;

export interface Decision {
	/** The decision's permanent anchor on the register and on its minutes. */
	anchor: string;
	text: string;
	topicIds: string[];
	minutes: Minutes;
	meeting: Date;
}

export interface Action {
	text: string;
	owner: string;
	due: Date;
	status: 'open' | 'done';
	minutes: Minutes;
}

/** True when the site keeps a decisions register (which needs minutes: src/config/load-site-config.ts). */
export function decisionsEnabled(): boolean {
	return site.features.decisions;
}

const newestMeetingFirst = (a: { meeting: Date }, b: { meeting: Date }) => b.meeting.getTime() - a.meeting.getTime();

/** Every decision in every published set of minutes, newest meeting first, in the order taken. */
export async function getDecisions(): Promise<Decision[]> {
	if (!decisionsEnabled()) return [];
	const minutes = await getPublishedIn('minutes');
	return minutes
		.flatMap((entry) =>
			entry.data.decisions.map((decision, index) => ({
				anchor: decisionAnchor(entry.id, decision, index),
				text: decision.text,
				topicIds: decision.topics.map((topic) => topic.id),
				minutes: entry,
				meeting: entry.data.meeting,
			})),
		)
		.sort(newestMeetingFirst);
}

/** Every action from published minutes: open ones by due date first, then done ones, newest first. */
export async function getActions(): Promise<Action[]> {
	if (!decisionsEnabled()) return [];
	const minutes = await getPublishedIn('minutes');
	return minutes
		.flatMap((entry) => entry.data.actions.map((action) => ({ ...action, minutes: entry })))
		.sort((a, b) =>
			a.status === b.status ? (a.status === 'open' ? a.due.getTime() - b.due.getTime() : b.due.getTime() - a.due.getTime()) : a.status === 'open' ? -1 : 1,
		);
}

/** The years that have decisions, newest first. */
export function decisionYears(decisions: Decision[]): string[] {
	return [...new Set(decisions.map((decision) => String(decision.meeting.getUTCFullYear())))].sort().reverse();
}
