import { useId, useState, type FormEvent } from 'react';
import type { Actor } from '../../api/types.js';
import { acronymOf } from '../../ui/actor-names.js';
import type { Category } from './model.js';
import { categoryColour, categoryLabel } from './palette.js';

interface Props {
  actors: readonly Actor[];
  selectedActors: readonly string[];
  categories: readonly Category[];
  selectedCategories: ReadonlySet<string>;
  onActors: (next: string[]) => void;
  onCategories: (next: Set<string>) => void;
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** Filters: actors (picked by name or acronym, accents ignored) and the rows to show. */
export function TimelineFilters({ actors, selectedActors, categories, selectedCategories, onActors, onCategories }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const listId = useId();
  const byId = new Map(actors.map((a) => [a.id, a]));
  const optionOf = (a: Actor) => {
    const acronym = acronymOf(a);
    return acronym && acronym !== a.name ? `${a.name} (${acronym})` : a.name;
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const wanted = fold(text);
    if (!wanted) return;
    const found =
      actors.find((a) => fold(optionOf(a)) === wanted) ??
      actors.find((a) => fold(a.name) === wanted || a.aliases?.some((alias) => fold(alias.name) === wanted)) ??
      actors.find((a) => fold(optionOf(a)).includes(wanted));
    if (!found) {
      setProblem(`No actor matches “${text.trim()}”.`);
      return;
    }
    setProblem(undefined);
    setText('');
    if (!selectedActors.includes(found.id)) onActors([...selectedActors, found.id]);
  };
  const toggle = (category: string, on: boolean) => {
    const next = new Set(selectedCategories);
    if (on) next.add(category);
    else next.delete(category);
    onCategories(next);
  };
  const allOn = categories.every((c) => selectedCategories.has(c));
  return (
    <aside className="timeline__filters" aria-label="Timeline filters">
      <form className="control-group" onSubmit={add}>
        <label className="control-group__title" htmlFor={`${listId}-input`}>
          Actors
        </label>
        <div className="actor-picker">
          <input
            id={`${listId}-input`}
            className="actor-picker__input"
            list={listId}
            value={text}
            placeholder="Name or acronym"
            autoComplete="off"
            aria-describedby={problem ? `${listId}-problem` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button--small">
            Add
          </button>
        </div>
        <datalist id={listId}>
          {actors.map((a) => (
            <option key={a.id} value={optionOf(a)} />
          ))}
        </datalist>
        {problem ? (
          <p id={`${listId}-problem`} className="field-problem" role="alert">
            {problem}
          </p>
        ) : null}
        {selectedActors.length === 0 ? (
          <p className="meta">All actors.</p>
        ) : (
          <ul className="chips" aria-label="Selected actors">
            {selectedActors.map((id) => (
              <li key={id} className="chip">
                <span>{byId.get(id)?.name ?? id}</span>
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={`Remove ${byId.get(id)?.name ?? id}`}
                  onClick={() => onActors(selectedActors.filter((a) => a !== id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </form>
      <fieldset className="control-group">
        <legend>Types</legend>
        <button type="button" className="link-button control-group__all" onClick={() => onCategories(new Set(allOn ? [] : categories))}>
          {allOn ? 'None' : 'All'}
          <span className="visually-hidden"> types</span>
        </button>
        <ul className="check-list">
          {categories.map((category) => (
            <li key={category}>
              <label className="check">
                <input
                  type="checkbox"
                  name="types"
                  value={category}
                  checked={selectedCategories.has(category)}
                  onChange={(event) => toggle(category, event.target.checked)}
                />
                <span className="swatch swatch--round" style={{ background: categoryColour(category) }} aria-hidden="true" />
                <span className="check__label">{categoryLabel(category)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="control-group control-group__key">
        <ul className="legend-list legend-list--column">
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r="5" fill="#56627a" />
            </svg>
            Event, sized by fatalities
          </li>
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <path d="M 7 1 L 13 7 L 7 13 L 1 7 Z" fill="#2f8a4c" />
            </svg>
            A tie begins
          </li>
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <path d="M 7 1 L 13 7 L 7 13 L 1 7 Z" fill="#fff" stroke="#2f8a4c" strokeWidth="1.5" />
            </svg>
            A tie ends
          </li>
          <li>
            <svg width="26" height="8" aria-hidden="true">
              <rect x="0" y="1.5" width="26" height="5" rx="2.5" fill="#56627a" fillOpacity="0.3" />
            </svg>
            The span an imprecise date allows
          </li>
        </ul>
      </div>
    </aside>
  );
}
