import type { ActorKind } from '../../core/vocab/actor-kinds.js';

/** One colour per actor kind, shared by pictures and graph exports so a kind looks the same everywhere. */
export const KIND_COLORS: Record<ActorKind, string> = {
  armed_group: '#c0392b',
  coalition: '#8e44ad',
  state: '#1d4f8a',
  state_force: '#2e86c1',
  international_force: '#16a085',
  international_org: '#48c9b0',
  community: '#d68910',
  person: '#7f8c8d',
  other_org: '#a9a9a9',
};

/** Ink and paper, after the web app's palette. */
export const INK = '#1b2330';
export const MUTED = '#5f6b7a';
export const LINE = '#dce1e7';
export const PAGE = '#ffffff';
export const POSITIVE = '#2e8b57';
export const NEGATIVE = '#b03a2e';
export const NEUTRAL = '#8d99a6';

/** `#rrggbb` as numbers, for formats that want channels (GEXF viz:color). */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
