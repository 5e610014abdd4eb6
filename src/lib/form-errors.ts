import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

type ServerError = { message: string; data?: { fieldErrors?: Record<string, string[]> } | null };

/** Whether `path` ("workspaceAccess.grants.0.workspace") names a value the form holds. */
function hasPath(values: unknown, path: string): boolean {
  let at: unknown = values;
  for (const key of path.split(".")) {
    if (at === null || typeof at !== "object" || !(key in at)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Shows a procedure's field errors on the form's fields (nested paths too), and anything else as
 * the form's error. `aliases` sends a server field to the form field that shows it, for forms
 * whose shape differs from the procedure's input.
 */
export function applyServerError<T extends FieldValues>(form: UseFormReturn<T>, error: ServerError, aliases: Record<string, string> = {}) {
  const fieldErrors = error.data?.fieldErrors ?? {};
  const values = form.getValues();
  let placed = false;
  for (const [serverField, messages] of Object.entries(fieldErrors)) {
    const field = aliases[serverField] ?? serverField;
    if (hasPath(values, field)) {
      form.setError(field as Path<T>, { message: messages[0] });
      placed = true;
    }
  }
  if (!placed) form.setError("root", { message: error.message });
}
