// Changes to groups (issue 20, session 12): leaving a group, breaking with one, a group that appeared or formed, an
// operation launched, a group dissolved when a community describes it, and trigger words inside a group's name; a group
// set up, broken into wings, melted into another, or taking over from another (no place taken); a group founded as what
// came of a split ("broke away … to set up").
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor } from './testing.js';

// Groups, a force, a state, a community and a person: [slug, name, kind, acronym].
const ACTORS = (
  [
    ['fln', 'Northern Liberation Front', 'armed_group', 'FLN'],
    ['gpc', 'Group for Preaching and Combat', 'armed_group', 'GPC'],
    ['serval', 'Operation Serval', 'international_force'],
    ['france', 'France', 'state'],
    ['dogon', 'Dogon', 'community'],
    ['dna', 'Dan Na Ambassagou', 'armed_group'],
    ['belmokhtar', 'Mokhtar Belmokhtar', 'person'],
  ] as const
).map(([slug, name, kind, acronym]) => actor(slug, name, kind, acronym ? [acronym] : []));

// [language, sentence, event types read]
const CASES: [string, string, string[]][] = [
  ['en', 'Mokhtar Belmokhtar left the group in December 2012.', ['split']],
  ['fr', 'Une partie de ses cadres, dont Mokhtar Belmokhtar, a quitté cette nouvelle formation en 2015.', ['split']],
  ['fr', 'En 2011, des combattants ont rompu avec le FLN.', ['split']],
  ['fr', 'Après 2023, le général a rompu avec la France.', []],
  ['fr', 'Le FLN est apparu fin 2011.', ['formation']],
  ['en', 'On 11 January 2013 France launched Operation Serval.', ['deployment']],
  ['fr', 'Le gouvernement avait ensuite dissous la milice dogon Dan Na Ambassagou en 2019.', ['dissolution']],
  ['en', 'The Group for Preaching and Combat took its present name in 2007.', ['rename']],
  ['en', 'The FLN, founded by Mokhtar Belmokhtar, broke away from Dan Na Ambassagou in September 2016.', ['split']],
  ['fr', 'Il a été fondé par Mokhtar Belmokhtar, un prédicateur venu du nord.', []],
  ['en', 'The FLN was founded by Mokhtar Belmokhtar in October 2011.', ['formation']],
  // Session 18: "set up" dated or with its founder, "broke into two wings", a merger told with words before « dans ».
  ['en', 'The FLN, an offshoot of Dan Na Ambassagou set up in 2014 by Mokhtar Belmokhtar, grew quickly.', ['formation']],
  ['en', 'That year the FLN broke into two rival wings.', ['split']],
  ['en', 'Thieves broke into the FLN office in 2014.', []],
  ['fr', 'En 2014, le FLN s’est fondu deux mois plus tard dans le Group for Preaching and Combat.', ['merger']],
  ['fr', 'Le FLN, qui a pris en mai 2016 la suite du GPC, est actif près de Gao.', []],
  // A person or fighters joining a group is a membership, not a group changing sides; a group joining one is.
  ['en', 'In 2012 Mokhtar Belmokhtar deserted and joined the FLN.', []],
  ['fr', 'En 2013, Mokhtar Belmokhtar a rejoint le FLN.', []],
  ['en', 'In 2014 dozens of commanders who had rallied to the FLN left the region.', []],
  ['en', 'In 2014 Dan Na Ambassagou joined the FLN.', ['change_to_group']],
  // A founding infinitive after a split tells what came of it; after another act it stays an aim.
  ['en', 'In 2015 Mokhtar Belmokhtar broke away from the GPC with a few dozen fighters to set up the FLN.', ['split', 'formation']],
  ['fr', 'En janvier 2013, Mokhtar Belmokhtar a rompu avec le GPC pour fonder le FLN.', ['split', 'formation']],
  ['en', 'In 2015 Mokhtar Belmokhtar met the GPC to set up the FLN.', []],
  ['en', 'In August 2013 the FLN and Dan Na Ambassagou fused.', ['merger']],
  // Session 21: a group's appearance told by a bare participle with its time ("un groupe apparu fin 2011"), not a person
  // appearing somewhere; pledges told in the present of a chronology or as announced; a group taken over by a new chief.
  ['fr', 'Le FLN, un groupe jihadiste apparu fin 2011 dans le nord, recrute surtout des jeunes.', ['formation']],
  ['fr', 'Le FLN, apparu vers 2015 dans le centre, a vite grandi.', ['formation']],
  ['fr', 'Mokhtar Belmokhtar, apparu à la télévision en mai 2014, a menacé la France.', []],
  ['en', '13 May 2015 – Mokhtar Belmokhtar pledges allegiance to the FLN.', ['allegiance_pledge']],
  ['en', 'In May 2015 Mokhtar Belmokhtar announced his allegiance to the FLN.', ['allegiance_pledge']],
  ['fr', 'En mai 2015, Mokhtar Belmokhtar a annoncé son allégeance au FLN.', ['allegiance_pledge']],
  ['en', 'In May 2015 Mokhtar Belmokhtar pledges to fight the FLN.', []],
  ['en', 'After the founder died in 2017, Mokhtar Belmokhtar took over the movement.', ['leadership_change']],
  ['en', 'In 2017 Mokhtar Belmokhtar took over the town.', []],
];

describe('changes to groups', () => {
  it.each(CASES)('(%s) %s', (language, text, types) =>
    expect(extract({ text, language, actors: ACTORS, places: [], documentDate: '2023-12-31' }).events.map((e) => e.type)).toEqual(types),
  );
});
