import type { GenealogyModel } from './types.js';

/** The model without the lanes, connectors, memberships and persons of the actors `drop` names. */
export function withoutActors(model: GenealogyModel, drop: (id: string) => boolean): GenealogyModel {
  return {
    ...model,
    lanes: model.lanes.filter((l) => !drop(l.id)),
    connectors: model.connectors.filter((c) => !drop(c.elder) && !drop(c.younger)),
    memberships: model.memberships.filter((m) => !drop(m.member) && !drop(m.coalition)),
    persons: model.persons.filter((p) => !drop(p.person) && !drop(p.lane)),
  };
}
