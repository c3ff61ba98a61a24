// The genealogy view sees the server only through these types (the layer rule: web → server types only).
export type { Genealogy, MembershipSpan } from '../../../../src/services/queries/genealogy.js';
export type { GenealogyConnector, GenealogyLane, GenealogyMembership, GenealogyModel, PersonMark } from '../../../../src/analysis/genealogy/types.js';
