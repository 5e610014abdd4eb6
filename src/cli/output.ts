import type { GlobalOptions } from "./connection";

// Three ways to print: an aligned table (the default), -p pretty (indented, human labels) and
// -j JSON (stable field names, for scripts). Everything goes to stdout; messages and errors to stderr.

export type Mode = "table" | "pretty" | "json";

export const modeOf = (options: GlobalOptions): Mode => (options.json ? "json" : options.pretty ? "pretty" : "table");

export type Column<T> = [header: string, value: (row: T) => string];
export type Field = [label: string, value: string];

const write = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);

/** Columns padded to their widest cell; the last column is not padded. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), ...rows.map(line)].join("\n");
}

const block = (title: string, fields: Field[]) => {
  const width = Math.max(0, ...fields.map(([label]) => label.length + 1));
  return [title, ...fields.map(([label, value]) => `  ${`${label}:`.padEnd(width)}  ${value}`)].join("\n");
};

export type ListView<T> = { columns: Column<T>[]; json: (row: T) => unknown; pretty: (row: T) => { title: string; fields: Field[] }; empty: string };

export function printList<T>(mode: Mode, rows: T[], view: ListView<T>) {
  if (mode === "json") return write(JSON.stringify(rows.map(view.json), null, 2));
  if (!rows.length) return process.stderr.write(`${view.empty}\n`);
  if (mode === "pretty") {
    return write(
      rows
        .map(view.pretty)
        .map(({ title, fields }) => block(title, fields))
        .join("\n\n"),
    );
  }
  write(table(view.columns.map(([h]) => h), rows.map((row) => view.columns.map(([, value]) => value(row)))));
}

export type ItemView<T> = { json: (item: T) => unknown; pretty: (item: T) => { title: string; fields: Field[] } };

/** One item: label/value lines by default, a titled indented block with -p, an object with -j. */
export function printItem<T>(mode: Mode, item: T, view: ItemView<T>) {
  if (mode === "json") return write(JSON.stringify(view.json(item), null, 2));
  const { title, fields } = view.pretty(item);
  if (mode === "pretty") return write(block(title, fields));
  write(table(["FIELD", "VALUE"], fields.map(([label, value]) => [label.toUpperCase(), value])).split("\n").slice(1).join("\n"));
}

/** A confirmation for a change: a sentence for people, the result object with -j. */
export function printDone(mode: Mode, message: string, json: unknown) {
  if (mode === "json") return write(JSON.stringify(json, null, 2));
  write(message);
}

export const yesNo = (value: boolean) => (value ? "yes" : "no");
export const list = (values: string[]) => (values.length ? values.join(",") : "-");
export const orDash = (value: string | null | undefined) => (value ? value : "-");
