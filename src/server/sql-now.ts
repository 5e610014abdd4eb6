/** Now, as Prisma's DateTime columns store it: UTC in a `timestamp` without time zone. For raw SQL. */
export const SQL_NOW = `(now() AT TIME ZONE 'UTC')`;
