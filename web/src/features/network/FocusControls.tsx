import { useId, useMemo, useState } from 'react';
import type { NetworkGraph } from './graph.js';

interface Props {
  graph: NetworkGraph;
  focus: string | undefined;
  steps: 1 | 2;
  onFocus: (next: { actor: string; steps: 1 | 2 } | undefined) => void;
  /** How many actors were dragged by hand. */
  pinned: number;
  onResetLayout: () => void;
}

/** Narrow the network to one actor's neighbourhood, one or two ties deep; put dragged actors back. */
export function FocusControls({ graph, focus, steps, onFocus, pinned, onResetLayout }: Props) {
  const listId = useId();
  const names = useMemo(() => {
    const byName = new Map<string, string>();
    graph.forEachNode((id, attributes) => byName.set(attributes.name, id));
    return byName;
  }, [graph]);
  const focusName = focus ? graph.getNodeAttribute(focus, 'name') : '';
  const [typed, setTyped] = useState(focusName);
  const [seen, setSeen] = useState(focusName);
  if (seen !== focusName) {
    setSeen(focusName);
    setTyped(focusName);
  }
  const choose = (text: string) => {
    setTyped(text);
    const actor = names.get(text);
    if (actor) onFocus({ actor, steps });
  };
  return (
    <fieldset className="control-group">
      <legend>Focus</legend>
      <label className="control-group__field">
        <span>Neighbourhood of</span>
        <input type="search" list={listId} value={typed} placeholder="an actor's name" onChange={(event) => choose(event.target.value)} />
        <datalist id={listId}>
          {[...names.keys()]
            .sort((a, b) => a.localeCompare(b))
            .map((name) => (
              <option key={name} value={name} />
            ))}
        </datalist>
      </label>
      <div className="segmented" role="radiogroup" aria-label="Steps from the focused actor">
        {([1, 2] as const).map((n) => (
          <label key={n} className={steps === n ? 'is-selected' : undefined}>
            <input type="radio" name="steps" value={n} checked={steps === n} disabled={!focus} onChange={() => focus && onFocus({ actor: focus, steps: n })} />
            {n === 1 ? 'One step' : 'Two steps'}
          </label>
        ))}
      </div>
      {focus ? (
        <button type="button" className="link-button" onClick={() => onFocus(undefined)}>
          Show the whole network
        </button>
      ) : null}
      <p className="meta control-group__note">Drag an actor to move it; where you leave it is kept in the link to this view.</p>
      {pinned > 0 ? (
        <button type="button" className="link-button" onClick={onResetLayout}>
          Put {pinned === 1 ? 'the moved actor' : `the ${pinned} moved actors`} back
        </button>
      ) : null}
    </fieldset>
  );
}
