// The genealogy view sees the server only through these types (the layer rule: web → server types only).
import type { GetAnswer } from '../../api/contract.js';

export type Genealogy = GetAnswer<'/actors/:id/genealogy'>;
export type { GenealogyConnector, GenealogyLane, GenealogyModel } from '../../../../src/analysis/genealogy/types.js';
