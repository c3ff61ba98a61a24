import { tellsCapture } from './capture-triggers.js';
import { withNewPlaces } from './new-places.js';
import { withListTail } from './place-list-tail.js';
import { denied } from './relation-denial.js';
import { PLACE_PATTERNS } from './relation-patterns.js';
import { HELD_RELATIVE, placePartners, placesAfterOrTown, relativePlace } from './relation-places.js';
import { actorsAfter, actorsBefore, matchesIn, placesAfter, type SentenceView } from './sentence-view.js';
import type { PushRelation } from './relation-push.js';

/** Places held or operated in, from the place table (active, nominal and fronted-place patterns) and held relatives. */
export function placeTableRelations(view: SentenceView, push: PushRelation): void {
  for (const pattern of PLACE_PATTERNS) {
    for (const at of matchesIn(view, pattern.re)) {
      if (denied(view, at.start)) continue;
      // "retook Konna", « reprennent Gao », "Gao fell to X": a capture alone is an event; who holds the town is not said.
      if (pattern.type === 'controls' && tellsCapture(at.text)) continue;
      if (pattern.voice === 'active') {
        // Actors named together hold or operate together ("the MNLA and Ansar Dine took Kidal").
        // Operating, being active or besieging somewhere may be said of a village the dataset lacks (new-places.ts);
        // holding one is mostly a post in it ("overran an army post in X").
        const readable = pattern.type === 'operates_in' ? withNewPlaces(view) : view;
        const after = withListTail(readable, placesAfterOrTown(readable, at.end));
        // "Tombouctou, qu’ils ont administrée", "Timbuktu, which it ruled": the place is the antecedent of an object relative.
        const places = after.length > 0 ? after : relativePlace(readable, at.start);
        // "it ruled Timbuktu together with Ansar Dine": the partner named after the place holds it too.
        const partners = pattern.type === 'controls' ? placePartners(view, after.length > 0 ? after.at(-1)?.end : at.end) : [];
        for (const actor of [...actorsBefore(view, at.start), ...partners]) {
          // A person may operate somewhere; holding a place is said of groups and forces.
          if (actor.type === 'community' || (pattern.type === 'controls' && actor.type === 'person')) continue;
          for (const place of places) push(pattern.type, actor, place, at);
        }
      } else if (pattern.voice === 'nominal') {
        const places = placesAfter(view, at.end, 6);
        const last = places.at(-1);
        if (!last) continue;
        // "the capture of Gao by the FLN"; otherwise the subject of the clause the phrase opens or ends ("After the capture
        // of Gao, the FLN…", "The FLN announced the capture of Gao").
        const by = view.actors.find(
          (m) =>
            m.start >= last.end &&
            /^\s*(?:in\s+\p{L}+\s+)?(?:by|par)\s+(?:the\s+|les?\s+|la\s+|l['’])?$/iu.test(view.text.slice(last.end - view.start, m.start - view.start)),
        );
        const opening = /^(?:After|Following|Since|Before|With|Upon|On|Apr[èe]s|Depuis|Avec|D[èe]s|Lors)\s/iu.test(view.text)
          ? view.text.indexOf(',', last.end - view.start)
          : -1;
        const subject =
          opening > 0
            ? view.actors.find(
                (m) => m.start - view.start > opening && /^,\s*(?:(?:the|le|la|les|l['’])\s*)?$/i.test(view.text.slice(opening, m.start - view.start)),
              )
            : opening < 0
              ? actorsBefore(view, at.start).at(-1)
              : undefined;
        const actor = by ?? subject;
        if (!actor || actor.type === 'community' || actor.type === 'person') continue;
        for (const place of places) push(pattern.type, actor, place, at);
      } else {
        const place = view.places.filter((m) => m.end <= at.start && /^[\s,]*$/.test(view.text.slice(m.end - view.start, at.start - view.start))).at(-1);
        const actor = actorsAfter(view, at.end, 30)[0];
        if (place && actor && actor.type !== 'community' && actor.type !== 'person') push(pattern.type, actor, place, at);
      }
    }
  }
  // "Tombouctou, qu’ils ont administrée", "Gao, which the FLN held": a verb of holding whose object is a place before it.
  for (const m of view.text.matchAll(HELD_RELATIVE)) {
    const verb = m.groups?.verb ?? '';
    const at = { start: view.start + (m.index ?? 0) + m[0].length - verb.length, end: view.start + (m.index ?? 0) + m[0].length };
    if (denied(view, at.start)) continue;
    const places = relativePlace(view, at.start);
    const partners = placePartners(view, at.end);
    for (const actor of [...actorsBefore(view, at.start), ...partners]) {
      if (actor.type === 'community' || actor.type === 'person') continue;
      for (const place of places) push('controls', actor, place, at);
    }
  }
}
