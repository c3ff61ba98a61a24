// The path page sees the server only through these types (the layer rule: web → server types only).
import type { GetAnswer } from '../../api/contract.js';

export type PathAnswer = GetAnswer<'/path'>;
export type PathRoute = PathAnswer['routes'][number];
export type ActorList = GetAnswer<'/actors'>;
