// The web app sees the server only through these types (the layer rule: web → server types only).
import type { RecordKind } from '../../../src/core/dataset/kinds.js';
import type { Source } from '../../../src/core/model/source.js';

export type { ActorProfile, Footnote, ProfileStatement } from '../../../src/services/actor-profile.js';
export type { Actor } from '../../../src/core/model/actor.js';
export type { Place } from '../../../src/core/model/place.js';
export type { ActorKind } from '../../../src/core/vocab/actor-kinds.js';
export type { ClaimCredibility, SourceReliability } from '../../../src/core/vocab/admiralty.js';
export type { RecordKind, Source };

/** GET /api/stats */
export type Stats = Record<RecordKind, number>;
