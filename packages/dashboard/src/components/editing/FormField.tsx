import { ReactNode, useId } from 'react';

interface FieldProps {
  label: string;
  errors?: readonly string[];
  hint?: ReactNode;
  children: (props: { id: string; 'aria-invalid': boolean | undefined; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A labelled form field with its hint and its errors beside it (read out with the field). */
export function FormField({ label, errors = [], hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className={`form-field${errors.length > 0 ? ' form-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="form-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': errors.length > 0 || undefined, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined })}
      {errors.length > 0 && (
        <p className="form-field__error" id={errorId}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
  hint?: ReactNode;
  type?: 'text' | 'date' | 'email' | 'tel' | 'number';
  required?: boolean;
  multiline?: boolean;
  readOnly?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
}

export function TextField({ label, value, onChange, errors, hint, type = 'text', required, multiline, readOnly, inputMode }: TextFieldProps) {
  return (
    <FormField label={required ? `${label} *` : label} errors={errors} hint={hint}>
      {(props) =>
        multiline ? (
          <textarea {...props} value={value} rows={4} readOnly={readOnly} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...props} type={type} value={value} readOnly={readOnly} inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
        )
      }
    </FormField>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  errors?: readonly string[];
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

export function SelectField({ label, value, onChange, options, errors, hint, required, disabled }: SelectFieldProps) {
  return (
    <FormField label={required ? `${label} *` : label} errors={errors} hint={hint}>
      {(props) => (
        <select {...props} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** Options from a label table: { NURSE: 'Sykepleier' } → [{ value: 'NURSE', label: 'Sykepleier' }]. */
export const optionsOf = (labels: Record<string, string>, blank?: string) => [
  ...(blank === undefined ? [] : [{ value: '', label: blank }]),
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];
