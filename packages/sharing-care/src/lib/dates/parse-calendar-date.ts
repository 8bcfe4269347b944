/**
 * Reads a calendar date written `YYYY-MM-DD` (or a Date that YAML already made) into a Date at midnight UTC.
 * Returns undefined for anything that is not a real day, such as `2024-02-30` or `30/06/2022`.
 */
export function parseCalendarDate(value: string | Date): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return real ? date : undefined;
}
