/**
 * The rows after `cursor` in newest-first order, (createdAt, id) descending: a Prisma condition
 * that an index on (…, createdAt, id) serves, so a page costs the same however many came before.
 */
export const olderThan = (cursor: { createdAt: Date; id: string }) => ({
  OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
});

/** Newest first, with the id breaking ties: the order olderThan pages. */
export const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];
