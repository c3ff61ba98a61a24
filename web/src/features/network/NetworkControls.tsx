import type { ReactNode } from 'react';
import type { ActorKind } from '../../api/types.js';
import { ACTOR_KIND_LABELS, humanise, relationTypeLabel } from '../../vocab/labels.js';
import { DEFAULT_HORIZON_MONTHS } from '../../../../src/core/ties/tie-span.js';
import { TieKey } from './NetworkLegend.js';
import { KIND_COLOURS } from './palette.js';

export interface ControlsValue {
  colour: 'kind' | 'bloc';
  showPossible: boolean;
  showPresumed: boolean;
  kinds: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

interface Props {
  value: ControlsValue;
  /** Shown under the colour choice when colouring by bloc. */
  blocKey?: ReactNode;
  /** The focus and layout controls, shown first. */
  focus?: ReactNode;
  kinds: readonly [string, number][];
  types: readonly [string, number][];
  onChange: (next: ControlsValue) => void;
}

const toggled = (set: ReadonlySet<string>, item: string, on: boolean): Set<string> => {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
};

/** The network's filters: colour scheme, possible and presumed ties, actor kinds and relation types. */
export function NetworkControls({ value, blocKey, focus, kinds, types, onChange }: Props) {
  return (
    <form className="network__controls" aria-label="Network filters" onSubmit={(event) => event.preventDefault()}>
      {focus}
      <fieldset className="control-group">
        <legend>Colour actors by</legend>
        <div className="segmented">
          {(['kind', 'bloc'] as const).map((colour) => (
            <label key={colour} className={value.colour === colour ? 'is-selected' : undefined}>
              <input type="radio" name="colour" value={colour} checked={value.colour === colour} onChange={() => onChange({ ...value, colour })} />
              {colour === 'kind' ? 'Kind' : 'Bloc'}
            </label>
          ))}
        </div>
        {value.colour === 'bloc' ? <div className="control-group__key">{blocKey}</div> : null}
      </fieldset>
      <fieldset className="control-group">
        <legend>Ties</legend>
        <label className="check">
          <input type="checkbox" checked={value.showPossible} onChange={(event) => onChange({ ...value, showPossible: event.target.checked })} />
          Show possible ties
        </label>
        <label className="check">
          <input type="checkbox" checked={value.showPresumed} onChange={(event) => onChange({ ...value, showPresumed: event.target.checked })} />
          Show presumed ties
        </label>
        <p className="meta control-group__note">
          Presumed: no document attests the tie this late; it is assumed to last up to {DEFAULT_HORIZON_MONTHS} months after its last attestation.
        </p>
        <div className="control-group__key">
          <TieKey />
        </div>
      </fieldset>
      <CheckList
        title="Actor kinds"
        items={kinds}
        selected={value.kinds}
        label={(kind) => ACTOR_KIND_LABELS[kind as ActorKind]?.many ?? humanise(kind)}
        swatch={(kind) => KIND_COLOURS[kind as ActorKind]}
        onChange={(kinds) => onChange({ ...value, kinds })}
      />
      <CheckList title="Relation types" items={types} selected={value.types} label={relationTypeLabel} onChange={(types) => onChange({ ...value, types })} />
    </form>
  );
}

function CheckList({
  title,
  items,
  selected,
  label,
  swatch,
  onChange,
}: {
  title: string;
  items: readonly [string, number][];
  selected: ReadonlySet<string>;
  label: (item: string) => string;
  swatch?: (item: string) => string | undefined;
  onChange: (next: Set<string>) => void;
}) {
  const all = items.every(([item]) => selected.has(item));
  return (
    <fieldset className="control-group">
      <legend>{title}</legend>
      <button type="button" className="link-button control-group__all" onClick={() => onChange(new Set(all ? [] : items.map(([item]) => item)))}>
        {all ? 'None' : 'All'}
        <span className="visually-hidden"> {title.toLowerCase()}</span>
      </button>
      <ul className="check-list">
        {items.map(([item, count]) => (
          <li key={item}>
            <label className="check">
              <input
                type="checkbox"
                name={title}
                value={item}
                checked={selected.has(item)}
                onChange={(event) => onChange(toggled(selected, item, event.target.checked))}
              />
              {swatch ? <span className="swatch" style={{ background: swatch(item) }} aria-hidden="true" /> : null}
              <span className="check__label">{label(item)}</span>
              <span className="check__count">{count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
