import { describe, expect, it } from 'vitest';
import { findFatalities } from './fatalities.js';

describe('fatalities and their qualifiers', () => {
  it.each([
    ['officially killing at least 15 soldiers', { low: 15 }],
    ['reportedly killing nearly 30 fighters', { high: 30 }],
    ['an estimated 79 people were killed', { best: 79 }],
    ['over 20 soldiers died', { low: 21 }],
    ['more than 100 civilians were killed', { low: 101 }],
    ['the attack killed ten UN peacekeepers', { best: 10 }],
    ['leaving twenty-five dead', { best: 25 }],
    ['between 10 and 20 people were killed', { low: 10, high: 20 }],
    ['au moins 12 soldats ont été tués', { low: 12 }],
    ['faisant une trentaine de morts', { best: 30 }],
    ['près de 40 morts', { high: 40 }],
    ['dozens were killed', { low: 24 }],
    ['killing 1,200 people', { best: 1200 }],
    ['five people, including a teacher, were killed on Monday', { best: 5 }],
    ['Sept personnes, dont un imam, ont été tuées mardi', { best: 7 }],
  ])('%s', (sentence, expected) => expect(findFatalities(sentence)?.fatalities).toEqual(expected));
  it.each([
    ['attacked the post on Wednesday, killing six soldiers and 14 civilians, officials said', { best: 20 }],
    ['49 civilians and 15 soldiers were killed in the raid', { best: 64 }],
    ['killing 5 soldiers, 3 gendarmes and 2 civilians', { best: 10 }],
    ['killing at least 12 soldiers and 30 civilians', { low: 42 }],
    ['killing nearly 10 soldiers and nearly 20 civilians', { high: 30 }],
    ['tuant dix soldats et quatre civils', { best: 14 }],
    ['une dizaine d’assaillants ont été tués', { best: 10 }],
  ])('adds up the groups of victims: %s', (sentence, expected) => expect(findFatalities(sentence)?.fatalities).toEqual(expected));
  it('finds nothing where no one died', () => {
    expect(findFatalities('the group was founded in 2012 by 300 men')).toBeUndefined();
    expect(findFatalities('in 2016 deaths rose')).toBeUndefined();
    expect(findFatalities('leaving at least thirty dead and over 1000 inhabitants fleeing')?.fatalities).toEqual({ low: 30 });
    expect(findFatalities('killing four soldiers and wounding 12 civilians')?.fatalities).toEqual({ best: 4 });
    // An apposition naming some of a group, with no death told after it, counts no one.
    expect(findFatalities('ten people, including a nurse, were wounded on Monday')).toBeUndefined();
  });
});
