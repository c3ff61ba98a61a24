import { useMemo } from 'react';
import type { Actor, Place } from '../../api/types.js';
import type { Route } from '../../routing/route.js';
import { acronymOf } from '../../ui/actor-names.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ProfileContext } from '../actor/profile-context.js';
import type { ConflictEvent, Dispute, Relation } from './api.js';
import { DisputeCard } from './DisputeCard.js';
import { DisputeFilters, type DisputeFilterState } from './DisputeFilters.js';
import { actorsOf, filterDisputes, footnotesOf, sourcesCited } from './model.js';

interface Props {
  state: Extract<Route, { view: 'disputes' }>;
  disputes: Dispute[];
  unfiltered: Dispute[];
  actors: Actor[];
  places: Place[];
  relations: Relation[];
  events: ConflictEvent[];
  current: number | undefined;
  onFollow: (n: number) => void;
  onChange: (next: DisputeFilterState) => void;
}

/** The filters, a count, and one card per listed dispute with its footnotes numbered across the page. */
export function DisputeList({ state, disputes, unfiltered, actors, places, relations, events, current, onFollow, onChange }: Props) {
  const lookups = useMemo(
    () => ({
      names: new Map<string, string>([...actors.map((a) => [a.id, a.name] as const), ...places.map((p) => [p.id, p.name] as const)]),
      relations: new Map(relations.map((r) => [r.id, r])),
      events: new Map(events.map((e) => [e.id, e])),
    }),
    [actors, places, relations, events],
  );
  const shown = useMemo(
    () => filterDisputes(disputes, { ...(state.kind ? { kind: state.kind } : {}), ...(state.source ? { source: state.source } : {}) }),
    [disputes, state.kind, state.source],
  );
  const { numbers, notes } = useMemo(() => footnotesOf(shown), [shown]);
  const actorOptions = useMemo(() => {
    const ids = new Set(unfiltered.flatMap((d) => actorsOf(d, lookups.relations, lookups.events)));
    if (state.actor) ids.add(state.actor);
    const byId = new Map(actors.map((a) => [a.id, a]));
    return [...ids]
      .map((id) => {
        const actor = byId.get(id);
        const acronym = actor ? acronymOf(actor) : undefined;
        return { id, label: actor ? (acronym && acronym !== actor.name ? `${actor.name} (${acronym})` : actor.name) : id };
      })
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [unfiltered, lookups, actors, state.actor]);
  const sources = useMemo(() => sourcesCited(disputes), [disputes]);
  const filter: DisputeFilterState = {
    ...(state.actor ? { actor: state.actor } : {}),
    ...(state.kind ? { kind: state.kind } : {}),
    ...(state.source ? { source: state.source } : {}),
    ...(state.all ? { all: true } : {}),
  };
  const what = state.all ? 'facts whose sources differ' : 'disputed facts';
  return (
    <>
      <DisputeFilters filter={filter} actors={actorOptions} sources={sources} onChange={onChange} />
      <p className="meta dispute-count">
        <span data-testid="dispute-count">{shown.length}</span> {shown.length === disputes.length ? what : `of ${disputes.length} ${what}`}
        {state.all ? ', differences of precision shown quietly' : ''}
      </p>
      {shown.length === 0 ? (
        <EmptyState>No {what} match these filters.</EmptyState>
      ) : (
        // Footnotes reuse the profile's; without a profile to return to, the reader shows no way back but the browser's.
        <ProfileContext.Provider value={{ actorId: '', actorName: '', names: lookups.names }}>
          <ol className="dispute-cards">
            {shown.map((dispute) => (
              <DisputeCard
                key={dispute.subject}
                dispute={dispute}
                actors={actorsOf(dispute, lookups.relations, lookups.events).map((id) => ({ id, name: lookups.names.get(id) ?? id }))}
                names={lookups.names}
                numbers={numbers}
                notes={notes.get(dispute.subject) ?? []}
                current={current}
                onFollow={onFollow}
              />
            ))}
          </ol>
        </ProfileContext.Provider>
      )}
    </>
  );
}
