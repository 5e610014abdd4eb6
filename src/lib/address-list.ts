// Addresses from what a person pastes or uploads: a plain list (one per line, or separated by
// commas, semicolons or spaces) or a CSV file. Hand-written because it is a few lines of splitting:
// a CSV parser would add nothing for one column of addresses.

const cellsOf = (line: string) => line.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"(.*)"$/, "$1").trim());

/**
 * The addresses, in order, as typed (the server lower-cases and checks them, row by row). A CSV
 * whose first line names an "email" column gives that column; otherwise every cell that looks like
 * an address is taken, and a line with none gives its first cell, so the report shows it as invalid.
 */
export function parseAddressList(text: string): string[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (!lines.length) return [];
  const header = cellsOf(lines[0]!).map((cell) => cell.toLowerCase());
  const column = header.findIndex((cell) => cell === "email" || cell === "e-mail" || cell === "email address");
  if (column >= 0) return lines.slice(1).map((line) => cellsOf(line)[column] ?? "").filter(Boolean);
  return lines.flatMap((line) => {
    const cells = cellsOf(line).flatMap((cell) => (cell.includes("@") ? cell.split(/\s+/) : [cell])).filter(Boolean);
    const addresses = cells.filter((cell) => cell.includes("@"));
    return addresses.length ? addresses : cells.slice(0, 1);
  });
}
