import { ATTRIBUTIONS } from '../../core/vocab/event-types.js';
import { day, flag, listOfEnum, placeRefs, recordIds, words } from './fields.js';

const PERIOD = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** The query fields that choose events, shared by every route that counts them (event stats, trends). */
export const EVENT_FILTER_FIELDS = {
  actor: recordIds.optional().meta({ description: 'comma-separated actor ids' }),
  components: flag.optional().meta({ description: "true: add a coalition's components while they were members" }),
  coalitions: flag.optional().meta({ description: 'true: add the coalitions an actor belonged to, while it belonged' }),
  place: placeRefs.optional().meta({ description: 'comma-separated place ids, names or aliases, each with the places inside it' }),
  from: day.optional().meta({ description: PERIOD }),
  to: day.optional().meta({ description: PERIOD }),
  type: words.optional().meta({ description: 'comma-separated event types' }),
  attribution: listOfEnum([...ATTRIBUTIONS, 'unspecified'])
    .optional()
    .meta({ description: 'claimed, attributed, alleged, unspecified' }),
};
