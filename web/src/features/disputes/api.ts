// What the disputes page reads from the server, as types only (the layer rule: web → server types only).
import type { ConflictEvent, Participant } from '../../../../src/core/model/event.js';
import type { Relation } from '../../../../src/core/model/relation.js';
import type { ReadingWeight } from '../../../../src/core/weigh.js';
import type { GetAnswer } from '../../api/contract.js';

export type { ConflictEvent, Participant, ReadingWeight, Relation };
/** A disputed fact as GET /api/disputes lists it. */
export type Dispute = GetAnswer<'/disputes'>[number];
export type ClaimSaying = Dispute['disputedBy'][number];
export type DisputedProperty = Dispute['properties'][number];
