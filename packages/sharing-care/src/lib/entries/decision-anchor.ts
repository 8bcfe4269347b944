/**
 * The permanent anchor of a decision: its own `id` if the minutes give one,
 * otherwise the minutes' id and the decision's number, such as `board-2024-03-decision-2`.
 */
export function decisionAnchor(minutesId: string, decision: { id?: string | undefined }, index: number): string {
	return decision.id ?? `${minutesId.replace(/\//g, '-')}-decision-${index + 1}`;
}
