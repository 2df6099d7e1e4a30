// The follow-up code entry: the counsellor's profile look-up and the visitors' « Mes données » page.
import { Button } from './button.js';
import { TextField } from './field.js';

export interface FollowUpCodeFormProps {
  label: string;
  hint: string;
  submitLabel: string;
  value: string;
  onValue: (value: string) => void;
  error: string | null;
  busy: boolean;
  onSubmit: (value: string) => void;
}

/** Field `#code` (errors in `#code-erreur`): any case, spaces or dashes; the page normalises. */
export function FollowUpCodeForm({
  label,
  hint,
  submitLabel,
  value,
  onValue,
  error,
  busy,
  onSubmit,
}: FollowUpCodeFormProps) {
  return (
    <form
      class="recherche"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(value);
      }}
    >
      <TextField
        id="code"
        label={label}
        autoComplete="off"
        autoCapitalize="characters"
        spellcheck={false}
        placeholder="ABCDE-FGHJK"
        required
        value={value}
        onValue={onValue}
        hint={hint}
        error={error}
      />
      <Button type="submit" variant="principal" busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
