// Form fields with their label, hint and error tied to the control by `aria-describedby`, and
// `aria-invalid` while an error is shown (RGAA 11.1, 11.10).
import type { ComponentChildren, JSX } from 'preact';

interface FieldFrame {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string | null;
}

function describedBy(id: string, hint: unknown, error: string | null | undefined): string | undefined {
  const ids = [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Messages({ id, hint, error }: Omit<FieldFrame, 'label'>) {
  return (
    <>
      {hint && (
        <p id={`${id}-aide`} class="aide">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-erreur`} class="erreur">
          {error}
        </p>
      )}
    </>
  );
}

export type TextFieldProps = FieldFrame &
  Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onInput' | 'label'> & {
    value: string;
    onValue: (value: string) => void;
  };

export function TextField({ id, label, hint, error, value, onValue, ...input }: TextFieldProps) {
  return (
    <div class="champ">
      <label for={id}>{label}</label>
      <input
        {...input}
        id={id}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

export interface SelectFieldProps extends FieldFrame {
  value: string;
  onValue: (value: string) => void;
  options: { value: string; label: string }[];
  required?: boolean;
}

export function SelectField({ id, label, hint, error, value, onValue, options, required }: SelectFieldProps) {
  return (
    <div class="champ">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        required={required}
        onChange={(e) => onValue(e.currentTarget.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

export interface CheckboxGroupProps extends FieldFrame {
  values: string[];
  onValues: (values: string[]) => void;
  options: { value: string; label: string }[];
}

/** A `fieldset` of checkboxes; its legend is the label, hint and error describe the group. */
export function CheckboxGroup({ id, label, hint, error, values, onValues, options }: CheckboxGroupProps) {
  return (
    <fieldset class="champ groupe" id={id} aria-describedby={describedBy(id, hint, error)}>
      <legend>{label}</legend>
      <div class="cases">
        {options.map((o) => (
          <label key={o.value} class="case">
            <input
              type="checkbox"
              checked={values.includes(o.value)}
              onChange={(e) =>
                onValues(e.currentTarget.checked ? [...values, o.value] : values.filter((v) => v !== o.value))
              }
            />
            {o.label}
          </label>
        ))}
      </div>
      <Messages id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/** A form's own error (not tied to one field), announced when it appears. */
export function FormError({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} class="erreur" role="alert">
      {message ?? ''}
    </p>
  );
}
