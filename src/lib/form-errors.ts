import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

type ServerError = { message: string; data?: { fieldErrors?: Record<string, string[]> } | null };

/** Shows a procedure's field errors on the form's fields, and anything else as the form's error. */
export function applyServerError<T extends FieldValues>(form: UseFormReturn<T>, error: ServerError) {
  const fieldErrors = error.data?.fieldErrors ?? {};
  let placed = false;
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (field in form.getValues()) {
      form.setError(field as Path<T>, { message: messages[0] });
      placed = true;
    }
  }
  if (!placed) form.setError("root", { message: error.message });
}
