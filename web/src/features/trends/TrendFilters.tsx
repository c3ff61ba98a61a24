import { MonthField } from '../../ui/MonthField.js';
import { TREND_PERIODS, TREND_SPLITS, type TrendPeriod, type TrendSplit, type TrendsState } from '../../routing/route.js';

interface Props {
  state: TrendsState;
  actors: readonly { id: string; name: string }[];
  places: readonly { id: string; name: string }[];
  types: readonly { id: string; label: string }[];
  onChange: (next: TrendsState) => void;
}

const PERIOD_NAMES: Record<TrendPeriod, string> = { month: 'month', quarter: 'quarter', year: 'year' };
const SPLIT_NAMES: Record<TrendSplit, string> = {
  type: 'event type',
  attribution: 'claimed or attributed',
  actor: 'actor (each component apart)',
  place: 'place',
  country: 'country',
  admin1: 'region (admin 1)',
  admin2: 'cercle or province (admin 2)',
};
const ATTRIBUTIONS = [
  ['claimed', 'claimed by the actor'],
  ['attributed', 'attributed by others'],
  ['alleged', 'alleged'],
  ['unspecified', 'not stated'],
] as const;

/** The page's filters, split and period; each applies at once and is kept in the URL. */
export function TrendFilters({ state, actors, places, types, onChange }: Props) {
  const set = <K extends keyof TrendsState>(key: K, value: TrendsState[K] | '' | false) => {
    const next = { ...state };
    if (value === '' || value === false || value === undefined) delete next[key];
    else next[key] = value;
    if (!next.actor) {
      delete next.components;
      delete next.coalitions;
    }
    onChange(next);
  };
  return (
    <form className="audit-filters trend-filters panel" aria-label="Choose the events" onSubmit={(event) => event.preventDefault()}>
      <label className="audit-filters__field audit-filters__field--wide">
        <span className="control-group__title">Actor</span>
        <select className="input" name="actor" value={state.actor ?? ''} onChange={(e) => set('actor', e.target.value)}>
          <option value="">any actor</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="trend-filters__checks" disabled={!state.actor}>
        <label>
          <input type="checkbox" name="components" checked={state.components ?? false} onChange={(e) => set('components', e.target.checked)} /> with its
          components
        </label>
        <label>
          <input type="checkbox" name="coalitions" checked={state.coalitions ?? false} onChange={(e) => set('coalitions', e.target.checked)} /> with its
          coalitions
        </label>
      </fieldset>
      <label className="audit-filters__field">
        <span className="control-group__title">Per</span>
        <select
          className="input"
          name="period"
          value={state.period ?? 'quarter'}
          onChange={(e) => set('period', TREND_PERIODS.find((p) => p === e.target.value) ?? '')}
        >
          {TREND_PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="audit-filters__field audit-filters__field--wide">
        <span className="control-group__title">Split by</span>
        <select className="input" name="split" value={state.split ?? ''} onChange={(e) => set('split', TREND_SPLITS.find((s) => s === e.target.value) ?? '')}>
          <option value="">nothing (all events together)</option>
          {TREND_SPLITS.map((s) => (
            <option key={s} value={s}>
              {SPLIT_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="audit-filters__field audit-filters__field--wide">
        <span className="control-group__title">Place or area</span>
        <select className="input" name="place" value={state.place ?? ''} onChange={(e) => set('place', e.target.value)}>
          <option value="">anywhere</option>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="audit-filters__field audit-filters__field--wide">
        <span className="control-group__title">Event type</span>
        <select className="input" name="type" value={state.type ?? ''} onChange={(e) => set('type', e.target.value)}>
          <option value="">any type</option>
          {types.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label className="audit-filters__field">
        <span className="control-group__title">Attribution</span>
        <select className="input" name="attribution" value={state.attribution ?? ''} onChange={(e) => set('attribution', e.target.value)}>
          <option value="">any</option>
          {ATTRIBUTIONS.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <MonthField label="From" name="from" value={state.from} placeholder="YYYY or YYYY-MM" onChange={(value) => set('from', value ?? '')} />
      <MonthField label="To" name="to" value={state.to} placeholder="YYYY or YYYY-MM" onChange={(value) => set('to', value ?? '')} />
    </form>
  );
}
