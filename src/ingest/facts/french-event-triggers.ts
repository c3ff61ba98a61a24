/**
 * French event triggers by lemma: each verb is named once by its infinitive and `frenchEventVerb` writes all the forms a
 * report narrates with (present, imperfect, passé simple, compound past, passive, participle, gerund, pronominal). The
 * trigger table (event-patterns.ts) joins these alternations to its own; nouns stay listed there and here as words.
 */
import { frenchEventVerb as v, frenchEventVerbs as vs } from './french-conjugation.js';

const any = (...sources: string[]) => `(?:${sources.join('|')})`;
const OF = String.raw`\s+(?:de|du|des|d['’])`;

/** "prendre", "reprendre" as taking a place: not "prendre la tête", "prendre part", "prendre d’assaut", "prendre le pouvoir"… */
const NOT_TAKING_A_PLACE = String.raw`(?!\s+(?:à\s+partie|(?:[\p{L}\d]+\s+){0,3}?la\s+suite\s+(?:de|du|des|d['’])|(?:la\s+t[êe]te|le\s+nom|part|les\s+armes|fin|d['’]assaut|en\s+otage|pour\s+cibles?|le\s+pouvoir|position|contact|acte|soin|place|la\s+parole|la\s+fuite|la\s+d[ée]cision|des\s+mesures|en\s+charge|au\s+s[ée]rieux|le\s+relais|le\s+contr[ôo]le|la\s+direction|la\s+pr[ée]sidence|le\s+commandement|ses\s+distances|de\s+l['’]ampleur|du\s+terrain)(?![\p{L}])|(?:sa|son|ses|leur|leurs)\s+(?:place|part|revanche|d[ée]cision|distances)|(?:le|son|leur)\s+(?:nouveau\s+|actuel\s+)?nom))`;

/** A capture: "s’emparent de", "a été reprise", "conquit", "libère", "prennent Gao" (the place must follow: needsPlace). */
export const FR_CAPTURE = any(
  `${v('emparer', { pronominal: true })}(?!\\s+(?:du|de\\s+la)\\s+(?:pouvoir|tribune|parole))${OF}`,
  `${vs([
    ['prendre', { passive: true }],
    ['reprendre', { passive: true }],
  ])}${NOT_TAKING_A_PLACE}`,
  vs([
    ['conquérir', { passive: true }],
    ['reconquérir', { passive: true }],
    ['libérer', { passive: true, participle: true }],
  ]),
);

/** Driving an actor out of a place: "chassent le MNLA de Gao", "a été chassé de". */
export const FR_DRIVE_OUT = any(
  `${v('chasser', { passive: true })}\\s+(?:\\p{L}+\\s+){0,4}?(?:de|du|des|d['’])`,
  `${v('expulser', { passive: true })}\\s+(?:\\p{L}+\\s+){0,4}?(?:de|du|des|d['’])`,
);

/** Leaving a place: "se retirent de", "a quitté", "ont été évacués", "abandonnent". */
export const FR_LEAVE = any(
  `${v('retirer', { pronominal: true })}${OF}`,
  v('quitter'),
  // "ont évacué les blessés": people carried to safety are no place left.
  `${v('évacuer', { passive: true })}(?!\\s+(?:les|des|leurs|ses|plusieurs|\\d+)\\s+(?:bless[ée]s|civils|habitants|populations?|ressortissants|malades|corps|familles|[ée]l[èe]ves|otages))`,
  v('abandonner', { passive: true }),
);

/** Falling back: "se replient", "s’était replié". */
export const FR_FALL_BACK = v('replier', { pronominal: true });

/** An abduction: "enlèvent", "ont été enlevés", "kidnappé", "séquestrés", "prise en otage", "le rapt". */
export const FR_ABDUCT = any(
  vs([
    ['enlever', { passive: true, participle: true, gerund: true }],
    ['kidnapper', { passive: true, participle: true, gerund: true }],
    ['séquestrer', { passive: true, participle: true }],
  ]),
  `${v('prendre', { passive: true, participle: true, gerund: true })}\\s+en\\s+otages?`,
  String.raw`rapts?|kidnappings?`,
);

/** Attacking and killing: "attaquait", "ont été tués", "tuant", "en attaquant", "abat", "assassinent", "pris d’assaut". */
export const FR_ATTACK = any(
  vs([
    ['attaquer', { passive: true, participle: true, gerund: true }],
    ['tuer', { passive: true, participle: true, gerund: true }],
    ['abattre', { passive: true, participle: true, gerund: true }],
    ['assassiner', { passive: true, participle: true, gerund: true }],
    ['massacrer', { passive: true, gerund: true }],
    ['mitrailler', { passive: true, participle: true, gerund: true }],
    ['bombarder', { passive: true, gerund: true }],
    ['pilonner', { passive: true, gerund: true }],
    ['frapper', { passive: true, gerund: true }],
  ]),
  `${v('prendre', { passive: true, participle: true, gerund: true })}\\s+d['’]assaut`,
  `${v('prendre', { passive: true, participle: true, gerund: true })}\\s+à\\s+partie`,
  `${v('tendre', { passive: true, participle: true, gerund: true })}\\s+(?:une|des|leur|plusieurs)\\s+embuscades?`,
  `${v('ouvrir')}\\s+le\\s+feu`,
  String.raw`s['’]en\s+(?:est|sont|était|étaient|fut|furent)\s+pris(?:e|es)?\s+(?:à|au|aux)|s['’]en\s+(?:prend|prennent|prenait|prenaient|prit|prirent)\s+(?:à|au|aux)`,
  String.raw`assassinats?|meurtres?`,
);

/** Deaths told without their killer: "ont trouvé la mort", "ont péri", "périrent", "ont perdu la vie". */
export const FR_DIED = any(`${v('trouver')}\\s+la\\s+mort`, v('périr'), `${v('perdre')}\\s+la\\s+vie`);

/** Fighting each other: "s’affrontent", "se sont affrontés", "affrontait", "combattirent". */
export const FR_FIGHT = vs([['affronter', { pronominal: true }], ['affronter'], ['combattre'], ['accrocher', { pronominal: true }]]);

/** An explosion, which tells an attack only when a device is named (explosives.ts). */
export const FR_EXPLODE = any(v('exploser'), `${v('sauter')}\\s+sur\\s+(?:une|un|des)`, String.raw`explosions?`);

/** What raiders take: herds, vehicles, food, goods ("du bétail", "des motos", "les vivres"). */
const TAKEN = String.raw`(?:(?:[\p{L}'’]+\s+){0,2}?(?:b[ée]tail|cheptel|animaux|troupeaux|b[œo]e?ufs|vaches|chameaux|moutons|ch[èe]vres|[âa]nes|motos?|v[ée]hicules|vivres|biens|r[ée]coltes|c[ée]r[ée]ales|argent|m[ée]dicaments))(?![\p{L}])`;

/** Looting, burning and destroying: "ont pillé", "incendient", "a été saccagé", "le pillage", "l’incendie". */
export const FR_LOOT = any(
  vs([
    // The bare participle too: "ont attaqué Tessit, tué 12 villageois, incendié le marché" shares one auxiliary.
    ['piller', { passive: true, participle: true, gerund: true }],
    ['saccager', { passive: true, participle: true, gerund: true }],
    ['incendier', { passive: true, participle: true, gerund: true }],
    ['détruire', { passive: true, gerund: true }],
    ['dévaster', { passive: true }],
    ['brûler', { passive: true }],
  ]),
  `${v('mettre')}\\s+le\\s+feu`,
  v('vandaliser', { passive: true, participle: true }),
  String.raw`r[ée]duite?s?\s+en\s+cendres|fait\s+sauter(?=\s+(?:le|la|les|un|une|des|l['’]|plusieurs)\s*(?:\p{L}+\s+)?(?:ponts?|antennes?|pyl[ôo]nes?|relais|forages?|puits|infrastructures?))`,
  String.raw`pillages?|saccages?|incendies?\s+(?:de|du|des|d['’])|destructions?\s+(?:de|du|des|d['’])`,
  // "ont volé 200 têtes de bétail", "emportant le cheptel", "le vol de bétail": what raiders take, not a flight ("vol").
  `${vs([
    ['voler', { passive: true, gerund: true }],
    ['emporter', { passive: true, gerund: true }],
    ['razzier', { passive: true, gerund: true }],
  ])}(?=\\s+(?:[\\p{L}\\d'’,]+\\s+){0,4}?${TAKEN})`,
  String.raw`vols?\s+(?:de|du|des)\s+${TAKEN}|razzias?`,
  // "avant d’incendier le marché": the last act of a raid, told as an infinitive after the killing.
  String.raw`avant\s+d['’](?:incendier|piller|saccager|br[ûu]ler)`,
);

/** Sexual violence: "ont été violées", "des viols", "violences sexuelles". */
export const FR_SEXUAL = any(v('violer', { passive: true, participle: true }), String.raw`viols|violences\s+sexuelles`);

/** Arrests: "arrêtent", "ont été interpellés", "appréhendé", "l’arrestation". */
export const FR_ARREST = any(
  `${v('arrêter', { passive: true, participle: true })}(?!\\s+(?:l['’]avanc[ée]e|les\\s+combats|la\\s+progression|sa\\s+course|les\\s+hostilit[ée]s))`,
  vs([
    ['interpeller', { passive: true, participle: true }],
    ['appréhender', { passive: true, participle: true }],
  ]),
  String.raw`arrestations?|mis\s+aux\s+arr[êe]ts|plac[ée]e?s?\s+en\s+garde\s+à\s+vue`,
);

/** A coup: "renverse", "ont destitué", "a été renversé", "s’emparent du pouvoir". */
export const FR_COUP = any(
  vs([
    ['renverser', { passive: true, participle: true }],
    ['destituer', { passive: true, participle: true }],
  ]),
  `${v('emparer', { pronominal: true })}\\s+du\\s+pouvoir`,
  `${v('prendre', { passive: true })}\\s+le\\s+pouvoir`,
);

/** A force sent: "déploie", "se sont déployés", "a dépêché", "ont été dépêchés". */
export const FR_DEPLOY = vs([
  ['déployer', { passive: true, participle: true }],
  ['déployer', { pronominal: true }],
  ['dépêcher', { passive: true }],
]);

// "mène l’opération Barkhane" tells an operation under way, not its start: only the past of leading one counts.
const LED = String.raw`(?:a|ont|avait|avaient)\s+(?:men[ée]|conduit)|men[èe]rent|mena|conduisit|conduisirent`;

/** An operation launched: "a lancé vendredi l’opération", "lance une vaste opération", "une opération a été lancée". */
export const FR_LAUNCH = any(
  String.raw`${any(vs([['lancer'], ['déclencher'], ['entamer']]), LED)}\s+(?:\p{L}+\s+){0,2}?(?:l['’]|une\s+|un\s+|les\s+|des\s+|sa\s+|son\s+|leur\s+|leurs\s+|cette\s+)?(?:\p{L}+\s+){0,2}?(?:op[ée]rations?|interventions?|offensives?|missions?\s+(?:de\s+)?(?:s[ée]curisation|ratissage))`,
  String.raw`op[ée]rations?\s+(?:\p{L}+\s+){0,3}?${vs([
    ['lancer', { passive: true }],
    ['déclencher', { passive: true }],
  ])}`,
);

/** A split: "se scinde", "s’est séparé de", "se sont détachés de", "a fait défection". */
export const FR_SPLIT = any(
  v('scinder', { pronominal: true }),
  `${v('séparer', { pronominal: true })}${OF}`,
  `${v('détacher', { pronominal: true })}${OF}`,
  `${v('faire')}\\s+d[ée]fection`,
  `${v('faire')}\\s+s[ée]cession`,
);

/** A merger: "fusionnent", "ont fusionné", "se sont fondus dans", "se fond dans". */
export const FR_MERGE = any(v('fusionner'), `${v('fondre', { pronominal: true })}(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:dans|au\\s+sein)`);

/** A new name: "rebaptise", "a été rebaptisé", "prend le nom de", "change de nom". */
export const FR_RENAME = any(
  v('rebaptiser', { passive: true, participle: true }),
  `${v('renommer', { passive: true, participle: true })}\\s+(?:en\\s+)?(?=\\p{Lu}|l['’]|le\\s|la\\s)`,
  `${v('prendre', { passive: true })}\\s+(?:alors\\s+)?(?:le|son)\\s+(?:nouveau\\s+)?nom`,
  `${v('changer')}\\s+de\\s+nom`,
);

/** A dissolution: "dissout", "a été dissoute", "s’autodissout", "annoncé sa dissolution". */
export const FR_DISSOLVE = any(v('dissoudre', { passive: true, participle: true }), String.raw`(?:sa|leur)\s+(?:auto-?)?dissolution|auto-?dissolution`);

/** A formation: "voit le jour", "est né", "s’est constitué", "se forment" (the object-taking "fonde", "crée" are below). */
export const FR_FORMED = any(
  `${v('voir')}\\s+le\\s+jour`,
  `${v('constituer', { pronominal: true })}(?!\\s+(?:de|d['’]|en\\s+partie))`,
  `${v('former', { pronominal: true })}(?!\\s+(?:à|aux|au))`,
);

/** A designation: "a inscrit le mouvement sur sa liste des organisations terroristes" (the object stays outside the trigger). */
export const FR_LISTED = String.raw`${vs([['inscrire', { passive: true, participle: true }]])}(?=\s+(?:[\p{L}'’-]+\s+){0,4}?sur\s+(?:sa|la|leur|une)\s+liste)`;

/** A force leaving its base by handing it over or closing it: "a remis son camp de Ber aux FAMa", "ferme sa base". */
export const FR_HAND_OVER = String.raw`${vs([['remettre'], ['rétrocéder'], ['fermer'], ['céder'], ['évacuer'], ['démanteler']])}\s+(?:sa|son|ses|leur|leurs|la|le|les|l['’])\s*(?:\p{L}+\s+)?(?:bases?|camps?|emprises?|garnisons?)(?![\p{L}])`;

/** Joining a group: "a intégré le CSP", "adhère au CMA", "a été intégré à" (the group must follow: needsObject). */
export const FR_JOIN = any(v('intégrer', { passive: true }), `${v('adhérer')}\\s+(?:à|au|aux)`);

/** What a decision ends (an agreement, a mandate, a cooperation), as in the English ENDED_THING. */
const ENDED_THING = String.raw`(?:accords?|traités?|pactes?|mandats?|coopération|partenariat|charte|cessez-le-feu|trêve|protocoles?|adhésion)(?![\p{L}])`;

/** A decision that ends something: "a dénoncé les accords de défense", "a mis fin à l'accord", "déclare caduc l'accord". */
export const FR_ENDED = any(
  `${vs([
    ['dénoncer', { passive: true }],
    ['abroger', { passive: true }],
    ['rompre', { passive: true }],
  ])}(?=\\s+(?:(?:les?|la|l['’]|ses|leurs?|cet|cette|ces)\\s*)?(?:[\\p{L}\\d'’-]+\\s+){0,4}?${ENDED_THING})`,
  `${v('mettre')}\\s+(?:un\\s+)?(?:terme|fin)\\s+(?:à|au|aux)(?=\\s*(?:(?:la|l['’]|les?|sa|son|ses|leurs?)\\s*)?(?:[\\p{L}\\d'’-]+\\s+){0,4}?${ENDED_THING})`,
  `${v('déclarer', { passive: true })}\\s+(?:caduc|caducs|caduque|caduques|nul|nuls|nulle|nulles)`,
);

/** Founding a group, in every tense ("En 2015, il crée le FLN", "fonde", "créèrent"): the group must follow (needsObject). */
export const FR_FOUND = vs([
  ['créer', { gerund: true }],
  ['fonder', { gerund: true }],
]);

/**
 * Joining a group, with an adverb after the auxiliary ("a ensuite rejoint", "a finalement rallié") or in the passé simple
 * ("rejoignit"): the group must follow. Not the present ("des jeunes rejoignent le groupe"), which tells a recruitment.
 */
export const FR_RALLY = String.raw`(?:a|ont|avait|avaient|eut|eurent)\s+(?:\p{L}+ment|ensuite|alors|aussi|d[ée]j[àa]|enfin|de\s+nouveau|à\s+son\s+tour|à\s+leur\s+tour)\s+(?:rejoint|ralli[ée]e?s?)|rejoignit|rejoignirent|rallia|ralli[èe]rent`;

/** A new leader: "lui a alors succédé", "prend la tête", "a été nommé", "est remplacé par", "a limogé". */
export const FR_LEAD = any(
  v('succéder'),
  `${v('prendre')}\\s+(?:la\\s+t[êe]te|la\\s+direction|le\\s+commandement)`,
  vs([
    ['nommer', { passive: true }],
    ['remplacer', { passive: true }],
    ['limoger', { passive: true }],
  ]),
);

/** Signing or concluding a pact, in every tense: "signent la charte", "ont paraphé l’accord", "sont convenus de". */
export const FR_SIGN = any(
  vs([
    ['signer', { passive: true, participle: true }],
    ['parapher', { passive: true, participle: true }],
    ['ratifier', { passive: true, participle: true }],
  ]),
  // "un cessez-le-feu a été conclu": the pact's noun comes first ("un accord conclu à Gao" names a pact told before).
  String.raw`(?<=(?:accords?|cessez-le-feu|trêve|pacte|traité|charte|protocole)\s+(?:de\s+paix\s+)?(?:a|avait|ont)\s+été\s+)conclue?s?`,
  String.raw`(?:sont|étaient|se\s+sont|s['’]étaient)\s+convenue?s\s+(?:de|d['’])`,
);

/** Sanctions imposed: "a imposé des sanctions au Mali", "des sanctions contre la junte" (the target follows). */
export const FR_SANCTION = String.raw`(?:impos[ée]e?s?|inflig[ée]e?s?|d[ée]cid[ée]|adopt[ée]|pris)\s+(?:de\s+(?:nouvelles\s+)?|des\s+)?(?:lourdes\s+|nouvelles\s+)?sanctions|sanctions\s+(?:contre|à\s+l['’]encontre)`;

/** Forces taken out of a place: "a retiré ses derniers soldats du Mali", "les casques bleus ont été retirés d’Aguelhok". */
export const FR_WITHDRAW_TROOPS = any(
  `${v('retirer')}\\s+(?:ses|leurs|les|son|leur)\\s+(?:\\p{L}+\\s+){0,2}?(?:soldats|troupes|forces|militaires|casques\\s+bleus|contingents?|hommes)`,
  String.raw`(?:ont|a|avaient|avait)\s+été\s+retir[ée]e?s\s+(?:de|du|des|d['’])`,
);
