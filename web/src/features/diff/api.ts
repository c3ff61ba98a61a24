// The diff page sees the server only through these types (the layer rule: web → server types only).
import type { GetAnswer } from '../../api/contract.js';

export type Diff = GetAnswer<'/diff'>;
export type DiffTie = Diff['begun'][number];
export type LifespanChange = Diff['formed'][number];
export type LeaderChange = Diff['leaders'][number];
export type Snapshot = GetAnswer<'/snapshot'>;
export type ActorList = GetAnswer<'/actors'>;
