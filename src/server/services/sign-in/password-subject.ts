/**
 * Whose password was checked: an account by id (a signed-in caller), or the username or email
 * address typed at sign-in. A typed name resolves to its account, so guesses through the username
 * and through the email address count together; a name no account has is counted under the name
 * itself, so that it gets locked exactly as an account would and the answers do not tell them apart.
 */
export type PasswordSubject = { userId: string } | { username: string } | { email: string };

/**
 * `subject (key, "userId")` as a CTE over parameter $1: the lock row's key and the account, if any.
 * Names are normalized as better-auth looks them up (lower-case).
 */
export function subjectSql(subject: PasswordSubject): { cte: string; value: string } {
  if ("userId" in subject) return { cte: `subject AS (SELECT 'user:' || $1::text AS key, $1::text AS "userId")`, value: subject.userId };
  const [column, value] = "username" in subject ? (["username", subject.username] as const) : (["email", subject.email] as const);
  return {
    cte: `subject AS (
      SELECT coalesce('user:' || u.id, '${column}:' || typed.name) AS key, u.id AS "userId"
      FROM (SELECT $1::text AS name) typed LEFT JOIN "user" u ON u.${column} = typed.name)`,
    value: value.toLowerCase(),
  };
}
