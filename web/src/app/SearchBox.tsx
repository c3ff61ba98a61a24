import { useState, type FormEvent } from 'react';
import { navigate } from '../routing/use-route.js';

/** Search across actors, places, events and sources; the API folds case and accents, so "gatia" finds GATIA and "tombouctou" Timbuktu. */
export function SearchBox({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  const [shown, setShown] = useState(initial);
  // Follow the URL when it changes (Back, a shared link) without fighting the user's typing.
  if (initial !== shown) {
    setShown(initial);
    setText(initial);
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = text.trim();
    if (q) navigate({ view: 'search', q });
  };
  return (
    <form className="search" role="search" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="actor-search">
        Search actors by name or alias, and places, events and sources
      </label>
      <input
        id="actor-search"
        className="search__input"
        type="search"
        name="q"
        placeholder="Search everything"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button className="search__button" type="submit">
        Search
      </button>
    </form>
  );
}
