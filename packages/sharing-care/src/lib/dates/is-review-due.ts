/**
 * Whether guidance last reviewed (or published) on `reviewed` is due for another review on `today`: `years`
 * whole years or more have passed. Both dates are calendar days at midnight UTC, as the schemas make them;
 * a review on 29 February falls due on 1 March.
 */
export function isReviewDue(reviewed: Date, today: Date, years: number): boolean {
	const due = Date.UTC(reviewed.getUTCFullYear() + years, reviewed.getUTCMonth(), reviewed.getUTCDate());
	return today.getTime() >= due;
}
