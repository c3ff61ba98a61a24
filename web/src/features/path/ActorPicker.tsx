import { useEffect, useId, useState } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { acronymOf } from '../../ui/actor-names.js';
import type { ActorList } from './api.js';

/**
 * Chooses an actor by name or alias with the header search's API (`GET /actors?q=`, case- and
 * accent-insensitive), listing up to ten matches to pick from.
 */
export function ActorPicker({
  label,
  name,
  value,
  onPick,
}: {
  label: string;
  name: string;
  value: ActorList[number] | undefined;
  onPick: (id: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  // Ask once typing pauses, not on every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), 200);
    return () => window.clearTimeout(timer);
  }, [text]);
  const found = useApi(query ? apiGet('/actors', { query: { q: query } }) : null);
  const matches = found.state === 'ready' ? found.data.slice(0, 10) : [];
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      {value ? (
        <p className="picker__chosen" data-testid={`${name}-chosen`}>
          <strong>{value.name}</strong>
          {acronymOf(value) ? <span className="meta"> ({acronymOf(value)})</span> : null}
        </p>
      ) : (
        <p className="picker__chosen meta">none chosen</p>
      )}
      <input
        id={id}
        name={name}
        type="search"
        placeholder="Find an actor"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {query && found.state === 'ready' ? (
        matches.length === 0 ? (
          <p className="meta">No actor is called “{query}”.</p>
        ) : (
          <ul className="picker__matches" aria-label={`Actors matching ${query}`}>
            {matches.map((actor) => (
              <li key={actor.id}>
                <button
                  type="button"
                  className="picker__match"
                  onClick={() => {
                    onPick(actor.id);
                    setText('');
                  }}
                >
                  {actor.name}
                  {acronymOf(actor) ? <span className="meta"> ({acronymOf(actor)})</span> : null}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
