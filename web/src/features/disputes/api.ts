// What the disputes page reads from the server, as types only (the layer rule: web → server types only).
import type { ConflictEvent, Participant } from '../../../../src/core/model/event.js';
import type { Relation } from '../../../../src/core/model/relation.js';
import type { ReadingWeight } from '../../../../src/core/weigh.js';
import type { ClaimSaying, Dispute } from '../../../../src/services/queries/disputes.js';

export type { ClaimSaying, ConflictEvent, Dispute, Participant, ReadingWeight, Relation };
export type DisputedProperty = Dispute['properties'][number];
