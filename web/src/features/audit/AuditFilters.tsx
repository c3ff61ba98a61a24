import { useState, type FormEvent } from 'react';
import type { AuditFilter } from './api.js';
import { AUDIT_KINDS } from './model.js';

/** User, kind, id and since; applied together on submit so typing does not reload the log. */
export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (next: AuditFilter) => void }) {
  const [draft, setDraft] = useState(filter);
  const [shown, setShown] = useState(filter);
  // Follow the URL (Back, a shared link) without fighting the user's typing.
  if (JSON.stringify(filter) !== JSON.stringify(shown)) {
    setShown(filter);
    setDraft(filter);
  }
  const field = (key: keyof AuditFilter, value: string) => {
    const next = { ...draft };
    if (value.trim()) next[key] = value.trim();
    else delete next[key];
    setDraft(next);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(draft);
  };
  const active = Object.keys(filter).length > 0;
  return (
    <form className="audit-filters panel" aria-label="Filter the audit log" onSubmit={submit}>
      <label className="audit-filters__field">
        <span className="control-group__title">User</span>
        <input className="input" type="text" name="user" spellCheck={false} value={draft.user ?? ''} onChange={(e) => field('user', e.target.value)} />
      </label>
      <label className="audit-filters__field">
        <span className="control-group__title">Kind</span>
        <select className="input" name="kind" value={draft.kind ?? ''} onChange={(e) => field('kind', e.target.value)}>
          <option value="">any</option>
          {AUDIT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      <label className="audit-filters__field audit-filters__field--wide">
        <span className="control-group__title">Id</span>
        <input
          className="input input--code"
          type="text"
          name="id"
          spellCheck={false}
          placeholder="e.g. actor:gatia"
          value={draft.id ?? ''}
          onChange={(e) => field('id', e.target.value)}
        />
      </label>
      <label className="audit-filters__field">
        <span className="control-group__title">Since (UTC)</span>
        <input className="input" type="date" name="since" value={draft.since ?? ''} onChange={(e) => field('since', e.target.value)} />
      </label>
      <div className="audit-filters__actions">
        <button className="button button--primary" type="submit">
          Apply
        </button>
        {active ? (
          <button className="button button--quiet" type="button" onClick={() => onChange({})}>
            Clear
          </button>
        ) : null}
      </div>
    </form>
  );
}
