// The network sees the server only through these types (the layer rule: web → server types only).
import type { GetAnswer } from '../../api/contract.js';

export type TiesResult = GetAnswer<'/ties'>;
export type TieSpan = TiesResult['ties'][number];
