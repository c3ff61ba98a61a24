// References to actors the document named before: the army, subject pronouns after a clause, plural demonstratives,
// "the new group" and "the coalition". The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, testPlace as place, tableRelations, TEST_GROUPS } from './testing.js';

const ACTORS = [...TEST_GROUPS, actor('army', 'National Armed Forces', 'state_force', ['FAN'])];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao')];
const relationsIn = tableRelations(ACTORS, PLACES);

describe('the army', () => {
  it('reads "the army" and "l’armée" as the state force the document named last', () => {
    const en = 'The National Armed Forces retook Gao in 2013. Since then the army has fought the FLN.';
    expect(relationsIn(en)).toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
    const fr = 'Les FAN sont entrées dans Gao en 2013. Depuis, l’armée combat le FLN.';
    expect(relationsIn(fr, 'fr')).toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
  });

  it('reads nothing when no state force was named, or when "military" qualifies a noun', () => {
    expect(relationsIn('The army has fought the FLN.')).toEqual([]);
    expect(relationsIn('The National Armed Forces left. Lacking the military means to fight the FLN, officials fled.')).not.toContainEqual([
      'hostile_to',
      'actor:army',
      'actor:fln',
    ]);
  });
});

describe('pronouns and plural phrases', () => {
  it('gives a subject pronoun after a clause the sentence’s subject, not the object named last', () => {
    const text = 'The FLN clashed with the Desert Brigade near Gao, and in Kidal it worked alongside the River Guard.';
    const found = relationsIn(text);
    expect(found).toContainEqual(['allied_with', 'actor:fln', 'actor:guard']);
    expect(found).not.toContainEqual(['allied_with', 'actor:brigade', 'actor:guard']);
  });

  it('reads "these militias" and "ces milices" as the two groups named last, and "elles" after them as the same', () => {
    const fr = 'Le FLN est né en 2010. La Desert Brigade est apparue en 2012. Ces milices opèrent autour de Gao, où elles affrontent la River Guard.';
    const found = relationsIn(fr, 'fr');
    expect(found).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
    expect(found).toContainEqual(['operates_in', 'actor:brigade', 'place:gao']);
    expect(found).toContainEqual(['hostile_to', 'actor:brigade', 'actor:guard']);
    expect(found).toContainEqual(['hostile_to', 'actor:fln', 'actor:guard']);
  });

  it('reads "ce nouveau groupe" as the group named last and "the coalition" as the last coalition', () => {
    expect(
      relationsIn('Le FLN a fusionné avec la Desert Brigade pour former la River Guard. Ce nouveau groupe devient une composante de la Sahel Union.', 'fr'),
    ).toContainEqual(['member_of', 'actor:guard', 'actor:union']);
    const en = 'Desert Brigade\n\nThe Desert Brigade joined the Sahel Union in 2017. The coalition has fought the FLN since 2018.';
    expect(relationsIn(en)).toContainEqual(['hostile_to', 'actor:fln', 'actor:union']);
  });
});

describe('numbers and kinds of the referent', () => {
  it('reads "les deux organisations" after a list of three as the two groups named last', () => {
    const fr =
      'Le FLN, la Desert Brigade et la River Guard forment la Sahel Union. Elle combat la National Armed Forces. Les deux organisations se disputent Gao.';
    const found = relationsIn(fr, 'fr');
    expect(found).toContainEqual(['operates_in', 'actor:union', 'place:gao']);
    expect(found).toContainEqual(['operates_in', 'actor:army', 'place:gao']);
    expect(found).not.toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
  });

  it('never reads "the group" as the state force a report is about', () => {
    const en = 'The National Armed Forces retook Gao.\n\nThe FLN attacked them on Monday. The group also operates in Kidal.';
    expect(relationsIn(en)).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    expect(relationsIn(en)).not.toContainEqual(['operates_in', 'actor:army', 'place:kidal']);
  });
});

describe('the title’s subject', () => {
  it('returns to the group a title names after a section heading, when the paragraph before was about another group', () => {
    const text = [
      'Northern Liberation Front',
      '',
      'Origins',
      '',
      'The FLN was founded in Kidal in 2011. The Desert Brigade, which had left the River Guard, joined it in 2013.',
      '',
      'Leadership',
      '',
      'The group is led by Amadou Traore.',
    ].join('\n');
    const found = tableRelations([...ACTORS, actor('amadou', 'Amadou Traore', 'person')], PLACES)(text);
    expect(found).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(found).not.toContainEqual(['leads', 'actor:amadou', 'actor:brigade']);
  });
});
