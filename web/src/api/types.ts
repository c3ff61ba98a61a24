// The web app sees the server only through these types (the layer rule: web → server types only).
import type { RecordKind } from '../../../src/core/dataset/kinds.js';
import type { Source } from '../../../src/core/model/source.js';

import type { GetAnswer } from './contract.js';

/** GET /api/actors/:id/profile, as its handler answers it (the typed contract, not the service's own type). */
export type ActorProfile = GetAnswer<'/actors/:id/profile'>;
export type Footnote = ActorProfile['notes'][number];
export type ProfileStatement = ActorProfile['events'][number];
export type { Actor } from '../../../src/core/model/actor.js';
export type { Place } from '../../../src/core/model/place.js';
export type { ActorKind } from '../../../src/core/vocab/actor-kinds.js';
export type { ClaimCredibility, SourceReliability } from '../../../src/core/vocab/admiralty.js';
export type { RecordKind, Source };

/** GET /api/stats */
export type Stats = Record<RecordKind, number>;
