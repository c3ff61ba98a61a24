import type { ActorKind } from '../../api/types.js';
import type { PairSign } from '../../../../src/analysis/pair-sign.js';

/** One colour per actor kind, distinct on white and for the common colour-vision deficiencies. */
export const KIND_COLOURS: Record<ActorKind, string> = {
  armed_group: '#c4501b',
  coalition: '#7b3fb3',
  state: '#1f5fa8',
  state_force: '#2a8a7e',
  international_force: '#3aa0c8',
  international_org: '#6b7a8c',
  community: '#b8860b',
  person: '#c2387a',
  other_org: '#5d7f2a',
};

/** Colours for blocs, largest first; later blocs reuse a neutral grey. */
export const BLOC_COLOURS = ['#1f5fa8', '#c4501b', '#2a8a7e', '#7b3fb3', '#b8860b', '#c2387a', '#5d7f2a', '#3aa0c8', '#8c4b2f', '#4f5d9c'];
export const OTHER_BLOC = '#9aa5b1';

/** Tie colours by the pair's sign: allies green, enemies red, both at once amber, everything else slate. */
export const SIGN_COLOURS: Record<PairSign, string> = { positive: '#2f8a4c', negative: '#c23b32', ambivalent: '#b7791f', unsigned: '#8494a7' };

/** A colour with an alpha channel, for faded ties and dimmed neighbours. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
