// When the reviews alone verify a KPI: every one of its data points accepted, with or without a note. Shared by the
// report (core) and the conclusion form (portal), so both say the same; no dependencies, so the portal can bundle it.

const VERIFIED_REVIEW_STATUSES: ReadonlySet<string> = new Set(['accepted', 'accepted_with_note']);

export function verifiedByReviews(
  reviews: Readonly<Record<string, { status: string } | undefined>>,
  dataPointIds: readonly string[],
): boolean {
  return dataPointIds.every((id) => VERIFIED_REVIEW_STATUSES.has(reviews[id]?.status ?? ''));
}
