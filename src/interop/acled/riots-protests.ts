import type { AcledActorType } from '../../core/vocab/actor-kinds.js';
import type { EventType } from '../../core/vocab/event-types.js';

/** What a pre-2019 "Riots/Protests" row says, on each side, that tells the current types apart. */
export interface RiotsProtestsFacts {
  /** ACLED types of the first side's actors (actor1) and of the other side's. */
  first: readonly (AcledActorType | undefined)[];
  second: readonly (AcledActorType | undefined)[];
  fatalities: number;
  notes?: string;
}

/** The current type a pre-2019 row is read as, why, and whether the columns settle it or only hint at it. */
export interface RiotsProtestsReading {
  type: EventType;
  basis: string;
  certain: boolean;
}

const has = (side: readonly (AcledActorType | undefined)[], ...types: AcledActorType[]) => side.some((t) => t !== undefined && types.includes(t));
const ARMED: AcledActorType[] = ['state_forces', 'rebel_group', 'political_militia', 'identity_militia', 'external_force'];
const VIOLENT_WORDS = /\b(riot\w*|loot\w*|burn\w*|set (on )?fire|torch\w*|vandali[sz]\w*|ransack\w*|stone[sd]?|lynch\w*|mob)\b/i;
const INTERVENTION_WORDS = /\b(tear ?gas|dispers\w*|arrest\w*|detain\w*|fired (at|on)|live (ammunition|rounds)|baton\w*|beat(en)?)\b/i;

type Rule = { when: (f: RiotsProtestsFacts) => boolean; type: EventType; basis: string; certain: boolean };

// The 2019 revision split "Riots/Protests" by who acted (rioters or protesters, ACLED's inter codes 5
// and 6) and who faced them; the columns settle most rows. Only rows naming neither fall back on the
// notes and fatalities, and their reading is marked uncertain.
const RULES: Rule[] = [
  {
    when: (f) => has(f.first, 'rioters') && has(f.second, 'civilians', 'rioters', 'rebel_group', 'political_militia', 'identity_militia'),
    type: 'mob_violence',
    basis: 'rioters against civilians, rioters or a militia',
    certain: true,
  },
  { when: (f) => has(f.first, 'rioters') || has(f.second, 'rioters'), type: 'violent_demonstration', basis: 'rioters named', certain: true },
  {
    when: (f) => has(f.first, 'protesters') && has(f.second, ...ARMED) && f.fatalities > 0,
    type: 'excessive_force_against_protesters',
    basis: 'protesters facing armed forces, with deaths',
    certain: true,
  },
  {
    when: (f) => has(f.first, 'protesters') && has(f.second, ...ARMED),
    type: 'protest_with_intervention',
    basis: 'protesters facing armed forces',
    certain: true,
  },
  { when: (f) => has(f.first, 'protesters') && f.second.length === 0, type: 'peaceful_protest', basis: 'protesters alone', certain: true },
  { when: (f) => f.fatalities > 0, type: 'violent_demonstration', basis: 'deaths reported, no rioters or protesters named', certain: false },
  { when: (f) => VIOLENT_WORDS.test(f.notes ?? ''), type: 'violent_demonstration', basis: 'the notes describe violence', certain: false },
  { when: (f) => INTERVENTION_WORDS.test(f.notes ?? ''), type: 'protest_with_intervention', basis: 'the notes describe an intervention', certain: false },
];

/** Reads a pre-2019 "Riots/Protests" event as the current riot or protest type it most likely is. */
export function readRiotsProtests(facts: RiotsProtestsFacts): RiotsProtestsReading {
  const rule = RULES.find((r) => r.when(facts));
  if (rule) return { type: rule.type, basis: rule.basis, certain: rule.certain };
  return { type: 'peaceful_protest', basis: 'nothing in the row says otherwise', certain: false };
}
