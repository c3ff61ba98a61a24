// French dative clitics of a tie ("qui lui est rattaché", "lui est allié"), and the verbs, nouns and lists that name a
// whole's members ("one of the groups of", "includes", "within", "both members of"). The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, tableRelations, TEST_GROUPS } from './testing.js';

const relationsIn = tableRelations([...TEST_GROUPS, actor('imrad', 'Imrad', 'community'), actor('katiba', 'Katiba Sahel')]);

describe('dative clitics', () => {
  it('reads the group before the clause’s subject, or the text’s subject, as the clitic’s referent', () => {
    expect(relationsIn('Le FLN domine le nord. La Desert Brigade, qui lui est rattachée, tient Gao.', 'fr')).toContainEqual([
      'member_of',
      'actor:brigade',
      'actor:fln',
    ]);
    expect(relationsIn('Le FLN domine le nord. La Desert Brigade, qui lui est affiliée, tient Gao.', 'fr')).toContainEqual([
      'affiliated_with',
      'actor:brigade',
      'actor:fln',
    ]);
    const allied = relationsIn('Le FLN est né en 2016. La Desert Brigade, une milice Imrad, lui est alliée depuis 2017.', 'fr');
    expect(allied).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
  });

  it('reads no tie from a dative clitic before another verb, or from a denied tie', () => {
    expect(relationsIn('Le FLN est né en 2016. La Desert Brigade lui a reproché sa violence.', 'fr')).toEqual([]);
    expect(relationsIn('Le FLN est né en 2016. La Desert Brigade ne lui est pas alliée.', 'fr')).not.toContainEqual([
      'allied_with',
      'actor:brigade',
      'actor:fln',
    ]);
  });
});

describe('members named in lists and by unit nouns', () => {
  it('reads every item of a list whose last item is "the Saharan branch of" a group', () => {
    const found = relationsIn(
      'Le FLN est né en 2017. La Desert Brigade, la River Guard et la branche saharienne de la Katiba Sahel en sont les membres fondateurs.',
      'fr',
    );
    expect(found).toContainEqual(['member_of', 'actor:brigade', 'actor:fln']);
    expect(found).toContainEqual(['member_of', 'actor:guard', 'actor:fln']);
  });

  it('reads "la katiba" as the unit the text is about', () => {
    const text = 'Katiba Sahel\n\nLa Katiba Sahel est née en 2015. Depuis 2017, la katiba est l’une des composantes du FLN.';
    expect(relationsIn(text, 'fr')).toContainEqual(['member_of', 'actor:katiba', 'actor:fln']);
  });
});

describe('a whole’s parts named by other verbs and nouns', () => {
  it('reads "one of the groups of", "includes", "comprend", "rassemble", "within" and "both members of"', () => {
    expect(relationsIn('The Desert Brigade is one of the groups of the Sahel Union.')).toContainEqual(['member_of', 'actor:brigade', 'actor:union']);
    const includes = relationsIn('The Sahel Union, which includes the FLN and the Desert Brigade, claimed the attack.');
    expect(includes).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
    expect(includes).toContainEqual(['member_of', 'actor:brigade', 'actor:union']);
    expect(relationsIn('La Sahel Union comprend notamment le FLN et la River Guard.', 'fr')).toContainEqual(['member_of', 'actor:guard', 'actor:union']);
    expect(relationsIn('The River Guard operates within the Sahel Union.')).toContainEqual(['member_of', 'actor:guard', 'actor:union']);
    const both = relationsIn('The FLN and the River Guard, both members of the Sahel Union, signed.');
    expect(both).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
    expect(both).toContainEqual(['member_of', 'actor:guard', 'actor:union']);
  });

  it('reads no membership from an attack on one of a force’s units', () => {
    expect(relationsIn('The FLN attacked one of the brigades of the Sahel Union.')).not.toContainEqual(['member_of', 'actor:fln', 'actor:union']);
  });
});
