import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  /** The form-level error (react-hook-form's errors.root), shown above the buttons. */
  error?: string;
  saveLabel: string;
  pending: boolean;
  dirty: boolean;
  onDiscard: () => void;
};

/** The end of an edit form: its error, then Save (while something changed) and Discard changes. */
export function SaveOrDiscard({ error, saveLabel, pending, dirty, onDiscard }: Props) {
  return (
    <>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending || !dirty}>
          {pending ? "Saving…" : saveLabel}
        </Button>
        <Button type="button" variant="ghost" disabled={!dirty} onClick={onDiscard}>
          Discard changes
        </Button>
      </div>
    </>
  );
}
