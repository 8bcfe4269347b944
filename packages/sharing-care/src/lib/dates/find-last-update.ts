/** What an entry says about its changes: the `updated` date and the dated `changes` list (src/schemas/base.ts). */
export interface ChangeDates {
	updated?: Date | undefined;
	changes?: readonly { date: Date }[] | undefined;
}

/** The day an entry was last updated: the latest of its `updated` date and the dates of its changes; none when it has neither. */
export function findLastUpdate({ updated, changes = [] }: ChangeDates): Date | undefined {
	return [...(updated ? [updated] : []), ...changes.map((change) => change.date)].reduce<Date | undefined>(
		(latest, date) => (!latest || date > latest ? date : latest),
		undefined,
	);
}
