import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ReviewItem } from './api.js';
import { buildPatch, editableFields, labelOf } from './model.js';

interface EditFormProps {
  item: ReviewItem;
  busy: boolean;
  onSave: (value: Record<string, unknown>, accept: boolean) => void;
  onCancel: () => void;
}

/** Edits the proposed values; empty a field to drop that property. Escape cancels. */
export function EditForm({ item, busy, onSave, onCancel }: EditFormProps) {
  const fields = useMemo(() => editableFields(item), [item]);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [unchanged, setUnchanged] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  const submit = (accept: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const patch = buildPatch(fields, drafts);
    if (!patch.ok) return setErrors(patch.errors);
    setErrors({});
    if (Object.keys(patch.value).length === 0 && !accept) return setUnchanged(true);
    onSave(patch.value, accept);
  };

  return (
    <form
      ref={form}
      className="review-edit"
      aria-label="Edit the proposed values"
      onSubmit={submit(true)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {fields.map((field) => {
        const id = `edit-${field.key}`;
        const value = drafts[field.key] ?? field.initial;
        const set = (text: string) => setDrafts((d) => ({ ...d, [field.key]: text }));
        const error = errors[field.key];
        const described = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
        return (
          <div key={field.key} className="review-edit__field">
            <label htmlFor={id}>{labelOf(field.key)}</label>
            {field.shape === 'text' || field.shape === 'number' ? (
              <input
                id={id}
                className="input"
                type="text"
                inputMode={field.shape === 'number' ? 'numeric' : 'text'}
                value={value}
                onChange={(e) => set(e.target.value)}
                {...(field.hint ? { placeholder: field.hint } : {})}
                {...described}
              />
            ) : (
              <textarea
                id={id}
                className={`input${field.shape === 'json' ? ' input--code' : ''}`}
                rows={Math.min(8, Math.max(field.hint ? 1 : 2, value.split('\n').length))}
                value={value}
                onChange={(e) => set(e.target.value)}
                {...(field.hint ? { placeholder: field.hint } : {})}
                {...described}
              />
            )}
            {error ? (
              <p id={`${id}-error`} className="review-edit__error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      {unchanged ? <p className="review-edit__error">Nothing was changed.</p> : null}
      <div className="review-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save and accept
        </button>
        <button type="button" className="button" disabled={busy} onClick={submit(false)}>
          Save, keep proposed
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
