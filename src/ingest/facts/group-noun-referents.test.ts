// "the group", "the militia", "ce mouvement" as relation ends: the actor each stands for is of the noun's kind and
// the one the text left most in view. The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, testPlace as place, tableRelations, TEST_GROUPS } from './testing.js';

const ACTORS = [
  ...TEST_GROUPS,
  actor('government', 'Government of the Republic', 'other_org', ['Republican government']),
  actor('mission', 'Stabilisation Mission', 'international_force'),
  actor('parent', 'Global Caliphate Network', 'armed_group'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const relationsIn = tableRelations(ACTORS, [place('kidal', 'Kidal'), place('gao', 'Gao')]);

describe('a group noun never stands for a government or a force', () => {
  it('reads "the militia" after a government opened the sentence before as the armed group an apposition called a militia', () => {
    const en =
      'The Republican government on Monday banned the Desert Brigade, the local militia accused of the raid. Witnesses saw the River Guard nearby. The militia, which is led by Amadou Traore, denied any role.';
    const found = relationsIn(en);
    expect(found).toContainEqual(['leads', 'actor:amadou', 'actor:brigade']);
    expect(found).not.toContainEqual(['leads', 'actor:amadou', 'actor:government']);
  });

  it('reads "the group" after a force opened a sentence as the armed group last a subject, not the one named last', () => {
    const en = 'The FLN fought the River Guard in 2019.\n\nDecline\n\nThe Stabilisation Mission killed its emir in 2021. The group still operates in Kidal.';
    const found = relationsIn(en);
    expect(found).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    expect(found).not.toContainEqual(['operates_in', 'actor:mission', 'place:kidal']);
    const fr = 'Le FLN a combattu la River Guard en 2019.\n\nDéclin\n\nLa Stabilisation Mission a tué son émir en 2021. Le groupe opère toujours à Kidal.';
    expect(relationsIn(fr, 'fr')).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
  });
});

describe('a demonstrative group noun', () => {
  it('reads "ce mouvement" as the group the sentence before named, not the one in a complement of a noun', () => {
    const fr = 'La Desert Brigade, la branche locale du Global Caliphate Network, a revendiqué l’attaque. Ce mouvement opère aussi à Gao.';
    const found = relationsIn(fr, 'fr');
    expect(found).toContainEqual(['operates_in', 'actor:brigade', 'place:gao']);
    expect(found).not.toContainEqual(['operates_in', 'actor:parent', 'place:gao']);
    const en = 'The Desert Brigade, the local branch of the Global Caliphate Network, claimed the attack. This group also operates in Gao.';
    expect(relationsIn(en)).toContainEqual(['operates_in', 'actor:brigade', 'place:gao']);
  });
});

describe('the subject group from headings, chronologies and the coalition named before', () => {
  it('reads "la coalition" as the coalition the sentence before named, even in a text about another coalition', () => {
    const fr =
      'La Sahel Union\n\nLa Sahel Union bloque Gao depuis mai. Le mois dernier, la River Guard a combattu les hommes du FLN, une coalition rivale. La coalition touarègue opère aussi à Kidal.';
    const found = tableRelations(
      [...ACTORS.filter((a) => a.id !== 'actor:fln'), actor('fln', 'FLN', 'coalition')],
      [place('kidal', 'Kidal'), place('gao', 'Gao')],
    )(fr, 'fr');
    expect(found).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    expect(found).not.toContainEqual(['operates_in', 'actor:union', 'place:kidal']);
  });

  it('takes no group before a possessive in a title as the text’s subject', () => {
    const en =
      'The Global Caliphate Network’s desert wing\n\nSummary.\n\nSince 2020 the Desert Brigade has been led by a council. In 2023 the group expanded towards Gao.';
    const found = relationsIn(en);
    expect(found).toContainEqual(['operates_in', 'actor:brigade', 'place:gao']);
    expect(found).not.toContainEqual(['operates_in', 'actor:parent', 'place:gao']);
  });

  it('reads the subject of a chronology’s entries after their date and dash', () => {
    const en =
      'The Global Caliphate Network: a chronology\n\nEntries by date.\n\n10 May 2019 – The Desert Brigade overruns a camp near Kidal.\n\nMarch 2022 – The group launches an offensive around Gao.';
    const found = relationsIn(en);
    expect(found).toContainEqual(['operates_in', 'actor:brigade', 'place:gao']);
    expect(found).not.toContainEqual(['operates_in', 'actor:parent', 'place:gao']);
  });
});

describe('French "il" in a portrait', () => {
  it('stands for the person a portrait is about after a sentence the person opened, and for the group elsewhere', () => {
    const people = [...ACTORS, actor('moussa', 'Moussa Diallo', 'person')];
    const portrait = 'Moussa Diallo, un chef du nord\n\nMoussa Diallo est né à Kidal. Ancien officier de la River Guard, il rejoint le FLN en 2012.';
    const found = tableRelations(people, [place('kidal', 'Kidal')])(portrait, 'fr');
    expect(found).toContainEqual(['member_of', 'actor:moussa', 'actor:fln']);
    const profile = 'Le FLN\n\nLe FLN est né à Kidal. Moussa Diallo le dirige depuis 2015. Il a rejoint la Sahel Union en 2017.';
    expect(tableRelations(people, [place('kidal', 'Kidal')])(profile, 'fr')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
  });
});
