/** The first and last days of a calendar month, at midnight UTC. */
export interface MonthBounds {
	first: Date;
	last: Date;
}

/** Finds the first and last days of the month a date falls in, in UTC: 2024-02-10 gives 2024-02-01 and 2024-02-29. */
export function findMonthBounds(date: Date): MonthBounds {
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth();
	return { first: new Date(Date.UTC(year, month, 1)), last: new Date(Date.UTC(year, month + 1, 0)) };
}
