import type { ConflictEvent } from '../model/event.js';

/**
 * Each event's fatality estimates as every adapter indexes them: a missing estimate falls back to
 * its nearest neighbour ("at least 15" counts 15 for low, best and high), and 0 when none is given.
 */
export function fatalityEstimates(event: Pick<ConflictEvent, 'fatalities'>): { low: number; best: number; high: number } {
  const f = event.fatalities;
  return {
    low: f?.low ?? f?.best ?? 0,
    best: f?.best ?? f?.low ?? f?.high ?? 0,
    high: f?.high ?? f?.best ?? f?.low ?? 0,
  };
}

/** Participant rows as every adapter indexes them; `unspecified` stands for a missing attribution. */
export function participantRows(event: Pick<ConflictEvent, 'participants'>): { actor: string; role: string; attribution: string }[] {
  return event.participants.map((p) => ({ actor: p.actor, role: p.role, attribution: p.attribution ?? 'unspecified' }));
}
