/** `%term%` for LIKE and ILIKE, with the pattern characters of the term itself escaped. */
export const containsPattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
