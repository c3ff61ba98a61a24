import { FaultlineError } from '../../core/errors.js';
import type { Place } from '../../core/model/place.js';
import { bareAreaName } from '../../core/places/gazetteer.js';
import { foldName } from '../../core/text/normalise.js';

/**
 * The place an analyst means by an id or a name: `place:kidal`, `Kidal`, `kidal`, `Région de Gao`.
 * Names and aliases are matched insensitive to case and accents; an area is also found by its bare
 * name ("Douentza" for the Douentza Cercle) when no place has that exact name. A name that fits
 * several places is refused with their ids, rather than one of them taken silently.
 */
export function resolvePlace(arg: string, places: readonly Place[]): string {
  if (arg.startsWith('place:')) {
    if (!places.some((p) => p.id === arg)) throw new FaultlineError('not_found', `place not found: ${arg}`);
    return arg;
  }
  const wanted = foldName(arg);
  const names = (p: Place) => [p.name, ...(p.aliases ?? []).map((a) => a.name)];
  let found = places.filter((p) => names(p).some((n) => foldName(n) === wanted));
  if (found.length === 0) found = places.filter((p) => names(p).some((n) => bareAreaName(n) === bareAreaName(arg)));
  if (found.length === 1) return (found[0] as Place).id;
  if (found.length === 0) {
    const near = places.filter((p) => names(p).some((n) => foldName(n).startsWith(wanted.slice(0, 3)))).slice(0, 8);
    throw new FaultlineError(
      'not_found',
      `no place is named "${arg}"${near.length > 0 ? `; places with a similar name: ${near.map((p) => `${p.name} (${p.id})`).join(', ')}` : ''}`,
    );
  }
  throw new FaultlineError(
    'invalid_input',
    `"${arg}" names ${found.length} places: ${found.map((p) => `${p.id} (${p.kind}, ${p.name})`).join(', ')}; give one of these ids`,
  );
}
