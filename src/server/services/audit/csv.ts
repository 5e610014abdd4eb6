// CSV by hand: a few lines, and the one rule a library would not apply by default — cells a
// spreadsheet would run as a formula are defused (OWASP "CSV injection").

type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: always quoted; text that starts like a formula is prefixed with a quote mark. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const csvRow = (cells: Cell[]) => `${cells.map(csvCell).join(",")}\r\n`;
