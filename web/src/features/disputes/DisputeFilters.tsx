import { DISPUTE_KINDS, type DisputeKind } from '../../routing/route.js';

/** The filters as the URL holds them. */
export interface DisputeFilterState {
  actor?: string;
  kind?: DisputeKind;
  source?: string;
  all?: boolean;
}

interface Props {
  filter: DisputeFilterState;
  actors: readonly { id: string; label: string }[];
  sources: readonly { id: string; title: string }[];
  onChange: (next: DisputeFilterState) => void;
}

const KIND_NAMES: Record<DisputeKind, string> = { actor: 'Actors', relation: 'Relations', event: 'Events', place: 'Places' };

/** Actor, kind of fact, cited source, and whether differences of precision are listed too; each applies at once. */
export function DisputeFilters({ filter, actors, sources, onChange }: Props) {
  const set = <K extends keyof DisputeFilterState>(key: K, value: DisputeFilterState[K] | '' | false) => {
    const next = { ...filter };
    if (value === '' || value === false || value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <form className="audit-filters dispute-filters panel" aria-label="Filter the disputes" onSubmit={(event) => event.preventDefault()}>
      <label className="audit-filters__field audit-filters__field--wide">
        <span className="control-group__title">Actor</span>
        <select className="input" name="actor" value={filter.actor ?? ''} onChange={(e) => set('actor', e.target.value)}>
          <option value="">any actor</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label className="audit-filters__field">
        <span className="control-group__title">Kind of fact</span>
        <select className="input" name="kind" value={filter.kind ?? ''} onChange={(e) => set('kind', DISPUTE_KINDS.find((k) => k === e.target.value) ?? '')}>
          <option value="">any kind</option>
          {DISPUTE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_NAMES[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="audit-filters__field audit-filters__field--wide">
        <span className="control-group__title">Source cited by a side</span>
        <select className="input" name="source" value={filter.source ?? ''} onChange={(e) => set('source', e.target.value)}>
          <option value="">any source</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label className="check dispute-filters__all">
        <input type="checkbox" name="all" checked={filter.all === true} onChange={(e) => set('all', e.target.checked)} />
        <span className="check__label">Include differences of precision</span>
      </label>
    </form>
  );
}
