// The genealogy view sees the server only through these types (the layer rule: web → server types only).
export type { Genealogy } from '../../../../src/services/queries/genealogy.js';
export type { GenealogyConnector, GenealogyLane, GenealogyModel } from '../../../../src/analysis/genealogy/types.js';
