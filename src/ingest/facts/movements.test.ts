// A group's moves: arriving, returning or spreading somewhere puts it there; leaving a place does not. The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, testPlace as place, tableRelations, TEST_GROUPS } from './testing.js';

const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('menaka', 'Menaka'), place('tessit', 'Tessit'), place('libya', 'Libya')];
const relationsIn = tableRelations([...TEST_GROUPS, actor('amadou', 'Amadou Traore', 'person')], PLACES);
const placed = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('a group’s moves', () => {
  it('places a group where it returns, moves or redeploys, in English and French', () => {
    expect(placed('After the offensive, the FLN returned to Kidal.')).toEqual([['operates_in', 'actor:fln', 'place:kidal']]);
    expect(placed('In 2019 the Desert Brigade moved into Gao.')).toEqual([['operates_in', 'actor:brigade', 'place:gao']]);
    expect(placed('Le FLN est revenu à Kidal en 2013.', 'fr')).toEqual([['operates_in', 'actor:fln', 'place:kidal']]);
    expect(placed('La Desert Brigade s’est repliée sur Gao.', 'fr')).toEqual([['operates_in', 'actor:brigade', 'place:gao']]);
  });

  it('places a spreading group both where it starts and where it goes', () => {
    const en = placed('Since 2020 the FLN has expanded from Menaka towards Tessit.');
    expect(en).toContainEqual(['operates_in', 'actor:fln', 'place:menaka']);
    expect(en).toContainEqual(['operates_in', 'actor:fln', 'place:tessit']);
    const fr = placed('Le FLN s’est étendu vers Tessit.', 'fr');
    expect(fr).toEqual([['operates_in', 'actor:fln', 'place:tessit']]);
  });

  it('says nothing of a place left, an object moved, a person, or a move denied', () => {
    expect(placed('The FLN withdrew from Kidal.')).toEqual([]);
    expect(placed('Le FLN s’est retiré de Kidal.', 'fr')).toEqual([]);
    expect(placed('The FLN merged with fighters returning from Libya.')).toEqual([]);
    expect(placed('The FLN withdrew most of its men in August.')).toEqual([]);
    expect(placed('The FLN returned the River Guard to Gao.')).not.toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
    expect(placed('Amadou Traore returned to Kidal.')).toEqual([]);
    expect(placed('The FLN never returned to Kidal.')).toEqual([]);
  });

  it('says nothing of a group named as a complement of who moved, or of its envoys', () => {
    expect(placed('Civilians displaced by the FLN moved to Gao.')).toEqual([]);
    expect(placed('Refugees fleeing the FLN fled to Gao.')).toEqual([]);
    expect(placed('Fear of the FLN spread to Gao.')).toEqual([]);
    expect(placed('Talks between the FLN and the Desert Brigade moved to Gao.')).toEqual([]);
    expect(placed('The FLN leader returned to Kidal for talks.')).toEqual([]);
    expect(placed('Des milliers de civils fuyant le FLN sont arrivés à Gao.', 'fr')).toEqual([]);
    expect(placed('La délégation du FLN est arrivée à Gao.', 'fr')).toEqual([]);
    // Its own fighters moving move the group.
    expect(placed('Fighters of the FLN returned to Kidal.')).toEqual([['operates_in', 'actor:fln', 'place:kidal']]);
  });
});
