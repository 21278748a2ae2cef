// How the index pages print a score: one decimal, a dash where there is none.
export const score = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(1));
