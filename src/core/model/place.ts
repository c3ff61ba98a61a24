import { z } from 'zod';
import { COORDINATE_PRECISIONS, PLACE_KINDS } from '../vocab/place-kinds.js';
import { idOf, nonEmpty } from './common.js';
import { aliasSchema } from './actor.js';

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

/** A country, region, cercle, commune, town, village, site or area, within its parent. */
export const placeSchema = z.strictObject({
  id: idOf('place'),
  kind: z.enum(PLACE_KINDS),
  name: nonEmpty,
  aliases: z.array(aliasSchema).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
  parent: idOf('place').optional(),
  /** [longitude, latitude], GeoJSON order. */
  coordinates: z.tuple([longitude, latitude]).optional(),
  precision: z.enum(COORDINATE_PRECISIONS).optional(),
  coordinatesSource: nonEmpty.optional(),
  /** The gazetteer entry this place is (`gn:ML.09:gao`), when the gazetteer holds it (rule C10). */
  gazetteer: z
    .string()
    .regex(/^gn:[A-Z]{2}[.:]/, 'expected a gazetteer key such as gn:ML.09:gao')
    .optional(),
  description: nonEmpty.optional(),
});
export type Place = z.infer<typeof placeSchema>;
