import { useEffect, useRef, useState } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { acronymOf } from '../../ui/actor-names.js';
import { ACTOR_KIND_LABELS } from '../../vocab/labels.js';

interface MergeFormProps {
  proposedName: string;
  busy: boolean;
  onMerge: (into: string) => void;
  onCancel: () => void;
}

/** Finds a recorded actor by name or alias and merges the proposed actor into it. */
export function MergeForm({ proposedName, busy, onMerge, onCancel }: MergeFormProps) {
  const [query, setQuery] = useState(proposedName);
  const input = useRef<HTMLInputElement>(null);
  const trimmed = query.trim();
  const results = useApi(trimmed.length >= 2 ? apiGet('/actors', { query: { q: trimmed } }) : null);
  useEffect(() => {
    input.current?.select();
  }, []);
  return (
    <div
      className="review-merge"
      role="group"
      aria-label="Merge into a recorded actor"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor="merge-search">Merge “{proposedName}” into…</label>
      <input
        id="merge-search"
        ref={input}
        className="input"
        type="search"
        autoComplete="off"
        placeholder="Search recorded actors by name or alias"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {trimmed.length < 2 ? (
        <p className="meta">Type at least two letters.</p>
      ) : results.state === 'loading' ? (
        <p className="meta">Searching…</p>
      ) : results.state === 'failed' ? (
        <p className="review-edit__error">The search failed ({results.error.code}).</p>
      ) : results.data.length === 0 ? (
        <p className="meta">No recorded actor matches “{trimmed}”.</p>
      ) : (
        <ul className="review-merge__results" aria-label="Matching actors">
          {results.data.slice(0, 8).map((actor) => {
            const acronym = acronymOf(actor);
            return (
              <li key={actor.id}>
                <button type="button" className="review-merge__choice" disabled={busy} onClick={() => onMerge(actor.id)}>
                  <span>
                    Merge into <strong>{actor.name}</strong>
                    {acronym && acronym !== actor.name ? ` (${acronym})` : ''}
                  </span>
                  <span className="meta">{ACTOR_KIND_LABELS[actor.kind].one}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="review-actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
