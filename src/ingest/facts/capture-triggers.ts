/**
 * Verbs that tell a place changing hands back and forth in a war: a retaking ("retook", « reprennent », « ont repris le
 * contrôle de »), a fall told from the town's side ("fell to", « tombée aux mains de »), an overrun. The annotation
 * rules read such a capture alone as an event (`town_captured`), not as `controls`: the town was held by someone else
 * before, may be lost again, and the sentence does not say who held it afterwards. Holding stays `controls` ("held",
 * "controls", « tient », "ruled"), and so does a first taking ("seized", "captured", « s’empare de »), which the
 * seeds' and most development annotations read as the start of a hold.
 */
const CAPTURE = new RegExp(
  `^(?:${[
    String.raw`(?:regained|retook|retaken)\s+(?:\S+\s+)?control\s+(?:of|over)`,
    String.raw`(?:recaptured|overran|overrun|retook|retaken)`,
    String.raw`fell\s+(?:in)?to(?:\s+the\s+hands\s+of)?`,
    String.raw`(?:(?:a|ont|avait|avaient)\s+(?:longtemps\s+)?)?(?:repris|reprend|reprennent|reprenait|reprenaient)`,
    String.raw`tomb[ée]e?s?\s+(?:aux\s+mains|sous\s+le\s+contr[ôo]le)`,
  ].join('|')})`,
  'iu',
);

/** Whether a `controls` trigger's words tell a capture rather than a hold. */
export function tellsCapture(trigger: string): boolean {
  return CAPTURE.test(trigger.trim());
}
