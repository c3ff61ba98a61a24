import { useEffect, useRef, useState } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { acronymOf } from '../../ui/actor-names.js';
import { ACTOR_KIND_LABELS, humanise } from '../../vocab/labels.js';

interface MergeFormProps {
  kind: 'actor' | 'place';
  proposedName: string;
  busy: boolean;
  onMerge: (into: string) => void;
  onCancel: () => void;
}

/** A recorded record the proposal may be: its id, its name, and what tells it apart from namesakes. */
interface Choice {
  id: string;
  name: string;
  detail: string;
}

/** Recorded actors, or recorded places (the search answers both), whose name or alias holds the text typed. */
function useChoices(kind: MergeFormProps['kind'], text: string) {
  const ready = text.length >= 2;
  const actors = useApi(ready && kind === 'actor' ? apiGet('/actors', { query: { q: text } }) : null);
  const places = useApi(ready && kind === 'place' ? apiGet('/search', { query: { q: text, limit: '8' } }) : null);
  if (kind === 'actor') {
    if (actors.state !== 'ready') return actors;
    return {
      state: 'ready' as const,
      data: actors.data.map((a): Choice => {
        const acronym = acronymOf(a);
        return { id: a.id, name: `${a.name}${acronym && acronym !== a.name ? ` (${acronym})` : ''}`, detail: ACTOR_KIND_LABELS[a.kind].one };
      }),
    };
  }
  if (places.state !== 'ready') return places;
  return {
    state: 'ready' as const,
    data: places.data.places.map((p): Choice => ({ id: p.id, name: p.name, detail: [humanise(p.kind), ...p.within, p.country].join(' · ') })),
  };
}

/** Finds a recorded actor or place by name or alias and merges the proposal into it. */
export function MergeForm({ kind, proposedName, busy, onMerge, onCancel }: MergeFormProps) {
  const [query, setQuery] = useState(proposedName);
  const input = useRef<HTMLInputElement>(null);
  const trimmed = query.trim();
  const results = useChoices(kind, trimmed);
  useEffect(() => {
    input.current?.select();
  }, []);
  const plural = kind === 'actor' ? 'actors' : 'places';
  return (
    <div
      className="review-merge"
      role="group"
      aria-label={`Merge into a recorded ${kind}`}
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
        placeholder={`Search recorded ${plural} by name or alias`}
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
        <p className="meta">
          No recorded {kind} matches “{trimmed}”.
        </p>
      ) : (
        <ul className="review-merge__results" aria-label={`Matching ${plural}`}>
          {results.data.slice(0, 8).map((choice) => (
            <li key={choice.id}>
              <button type="button" className="review-merge__choice" disabled={busy} onClick={() => onMerge(choice.id)}>
                <span>
                  Merge into <strong>{choice.name}</strong>
                </span>
                <span className="meta">{choice.detail}</span>
              </button>
            </li>
          ))}
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
