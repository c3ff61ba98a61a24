/**
 * The event vocabulary. Every ACLED sub-event type appears once with its exact ACLED labels, so
 * imports and exports map one to one; Faultline's own types (organisational changes, coups,
 * withdrawals, armed-group governance) declare the ACLED type they are exported as.
 */
export interface EventTypeSpec {
  label: string;
  group: EventGroup;
  acled: { eventType: AcledEventType; subEventType: string };
  /** True when the type is ACLED's own sub-event type rather than a Faultline extension. */
  native: boolean;
  /**
   * False for a change in an organisation or a political settlement (a split, a pledge, an
   * agreement, a coup) rather than an incident at a spot: its sources often name no place, and
   * that is no gap in the record (rule G2).
   */
  spot?: false;
}

/** Whether events of this type happen at a spot, so that a missing place is a gap (G2). */
export function happensAtASpot(type: EventType): boolean {
  return (EVENT_TYPES[type] as EventTypeSpec).spot !== false;
}

export const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;
export type AcledEventType = (typeof ACLED_EVENT_TYPES)[number];

export const EVENT_GROUPS = [
  'battle',
  'remote_violence',
  'violence_against_civilians',
  'protest',
  'riot',
  'strategic',
  'organisational',
  'governance',
] as const;
export type EventGroup = (typeof EVENT_GROUPS)[number];

const acled = (eventType: AcledEventType, subEventType: string) => ({ eventType, subEventType });
const SD = 'Strategic developments' as const;

export const EVENT_TYPES = {
  armed_clash: { label: 'armed clash', group: 'battle', acled: acled('Battles', 'Armed clash'), native: true },
  government_regains_territory: {
    label: 'government regains territory',
    group: 'battle',
    acled: acled('Battles', 'Government regains territory'),
    native: true,
  },
  non_state_actor_overtakes_territory: {
    label: 'non-state actor overtakes territory',
    group: 'battle',
    acled: acled('Battles', 'Non-state actor overtakes territory'),
    native: true,
  },
  chemical_weapon: { label: 'chemical weapon', group: 'remote_violence', acled: acled('Explosions/Remote violence', 'Chemical weapon'), native: true },
  air_drone_strike: { label: 'air or drone strike', group: 'remote_violence', acled: acled('Explosions/Remote violence', 'Air/drone strike'), native: true },
  suicide_bomb: { label: 'suicide bombing', group: 'remote_violence', acled: acled('Explosions/Remote violence', 'Suicide bomb'), native: true },
  shelling: {
    label: 'shelling, artillery or missile attack',
    group: 'remote_violence',
    acled: acled('Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    native: true,
  },
  remote_explosive: {
    label: 'remote explosive, landmine or IED',
    group: 'remote_violence',
    acled: acled('Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    native: true,
  },
  grenade: { label: 'grenade', group: 'remote_violence', acled: acled('Explosions/Remote violence', 'Grenade'), native: true },
  sexual_violence: {
    label: 'sexual violence',
    group: 'violence_against_civilians',
    acled: acled('Violence against civilians', 'Sexual violence'),
    native: true,
  },
  attack_on_civilians: {
    label: 'attack on civilians',
    group: 'violence_against_civilians',
    acled: acled('Violence against civilians', 'Attack'),
    native: true,
  },
  abduction: {
    label: 'abduction or forced disappearance',
    group: 'violence_against_civilians',
    acled: acled('Violence against civilians', 'Abduction/forced disappearance'),
    native: true,
  },
  peaceful_protest: { label: 'peaceful protest', group: 'protest', acled: acled('Protests', 'Peaceful protest'), native: true },
  protest_with_intervention: { label: 'protest with intervention', group: 'protest', acled: acled('Protests', 'Protest with intervention'), native: true },
  excessive_force_against_protesters: {
    label: 'excessive force against protesters',
    group: 'protest',
    acled: acled('Protests', 'Excessive force against protesters'),
    native: true,
  },
  violent_demonstration: { label: 'violent demonstration', group: 'riot', acled: acled('Riots', 'Violent demonstration'), native: true },
  mob_violence: { label: 'mob violence', group: 'riot', acled: acled('Riots', 'Mob violence'), native: true },
  agreement: { label: 'agreement', group: 'strategic', acled: acled(SD, 'Agreement'), native: true, spot: false },
  arrests: { label: 'arrests', group: 'strategic', acled: acled(SD, 'Arrests'), native: true },
  change_to_group: { label: 'change to group or activity', group: 'strategic', acled: acled(SD, 'Change to group/activity'), native: true, spot: false },
  disrupted_weapons_use: { label: 'disrupted weapons use', group: 'strategic', acled: acled(SD, 'Disrupted weapons use'), native: true },
  base_established: { label: 'headquarters or base established', group: 'strategic', acled: acled(SD, 'Headquarters or base established'), native: true },
  looting: { label: 'looting or property destruction', group: 'strategic', acled: acled(SD, 'Looting/property destruction'), native: true },
  non_violent_transfer_of_territory: {
    label: 'non-violent transfer of territory',
    group: 'strategic',
    acled: acled(SD, 'Non-violent transfer of territory'),
    native: true,
  },
  other_strategic: { label: 'other strategic development', group: 'strategic', acled: acled(SD, 'Other'), native: true, spot: false },
  formation: { label: 'formation of a group', group: 'organisational', acled: acled(SD, 'Change to group/activity'), native: false, spot: false },
  split: { label: 'split', group: 'organisational', acled: acled(SD, 'Change to group/activity'), native: false, spot: false },
  merger: { label: 'merger', group: 'organisational', acled: acled(SD, 'Change to group/activity'), native: false, spot: false },
  rename: { label: 'rename or rebrand', group: 'organisational', acled: acled(SD, 'Change to group/activity'), native: false, spot: false },
  dissolution: { label: 'dissolution', group: 'organisational', acled: acled(SD, 'Change to group/activity'), native: false, spot: false },
  allegiance_pledge: { label: 'pledge of allegiance', group: 'organisational', acled: acled(SD, 'Change to group/activity'), native: false, spot: false },
  leadership_change: { label: 'change of leader', group: 'organisational', acled: acled(SD, 'Change to group/activity'), native: false, spot: false },
  coup: { label: 'coup', group: 'strategic', acled: acled(SD, 'Other'), native: false, spot: false },
  deployment: { label: 'deployment or start of an operation', group: 'strategic', acled: acled(SD, 'Change to group/activity'), native: false },
  withdrawal: { label: 'withdrawal of forces', group: 'strategic', acled: acled(SD, 'Non-violent transfer of territory'), native: false },
  town_captured: { label: 'capture of a town', group: 'battle', acled: acled('Battles', 'Non-state actor overtakes territory'), native: false },
  town_abandoned: { label: 'town abandoned or lost', group: 'strategic', acled: acled(SD, 'Non-violent transfer of territory'), native: false },
  negotiation: { label: 'negotiation or talks', group: 'strategic', acled: acled(SD, 'Other'), native: false, spot: false },
  election: { label: 'election or referendum', group: 'strategic', acled: acled(SD, 'Other'), native: false, spot: false },
  sanction: { label: 'sanction or designation', group: 'strategic', acled: acled(SD, 'Other'), native: false, spot: false },
  adjudication: { label: 'adjudicating disputes', group: 'governance', acled: acled(SD, 'Other'), native: false },
  service_provision: { label: 'providing services', group: 'governance', acled: acled(SD, 'Other'), native: false },
  protection_provision: { label: 'providing protection', group: 'governance', acled: acled(SD, 'Other'), native: false },
  rules_imposed: { label: 'imposing rules of conduct', group: 'governance', acled: acled(SD, 'Other'), native: false },
  taxation: { label: 'collecting taxes or protection money', group: 'governance', acled: acled(SD, 'Other'), native: false },
  school_closure: { label: 'closing schools', group: 'governance', acled: acled(SD, 'Other'), native: false },
  public_punishment: { label: 'public punishment or execution', group: 'governance', acled: acled('Violence against civilians', 'Attack'), native: false },
} as const satisfies Record<string, EventTypeSpec>;

export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];

/** Roles an actor plays in an event. */
export const PARTICIPANT_ROLES = ['perpetrator', 'target', 'participant', 'victim', 'signatory', 'mediator'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** How a participant's role is known: it said so, a source attributes it, or it is only alleged. */
export const ATTRIBUTIONS = ['claimed', 'attributed', 'alleged'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];
