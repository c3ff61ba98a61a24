/** Every view the app can show, as carried in the URL hash (`#/actors/actor:jnim?note=3`). */
export type Route =
  | { view: 'home' }
  | { view: 'search'; q: string }
  | { view: 'actor'; id: string; note?: number }
  | { view: 'sources' }
  | { view: 'source'; id: string; passage?: { start: number; end: number }; from?: string }
  | { view: 'not-found'; path: string };

const count = (value: string | null): number | undefined => (value !== null && /^\d+$/.test(value) ? Number(value) : undefined);

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Reads a location hash; anything unrecognised becomes the not-found view. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2) as [string?, string?];
  const query = new URLSearchParams(queryPart);
  const segments = pathPart.split('/').filter(Boolean).map(decode);
  if (segments.some((s) => s === undefined)) return { view: 'not-found', path: pathPart };
  const [first, second, ...rest] = segments as string[];
  if (rest.length > 0) return { view: 'not-found', path: pathPart };
  if (first === undefined) return { view: 'home' };
  if (first === 'search' && second === undefined) return { view: 'search', q: query.get('q') ?? '' };
  if (first === 'sources' && second === undefined) return { view: 'sources' };
  if (first === 'actors' && second !== undefined) {
    const note = count(query.get('note'));
    return { view: 'actor', id: second, ...(note !== undefined ? { note } : {}) };
  }
  if (first === 'sources' && second !== undefined) {
    const start = count(query.get('start'));
    const end = count(query.get('end'));
    const from = query.get('from');
    return {
      view: 'source',
      id: second,
      ...(start !== undefined && end !== undefined && end > start ? { passage: { start, end } } : {}),
      ...(from ? { from } : {}),
    };
  }
  return { view: 'not-found', path: pathPart };
}

// Ids keep their colon readable (`actor:jnim`); everything else is percent-encoded.
const segment = (id: string) => encodeURIComponent(id).replace(/%3A/gi, ':');

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const pairs = Object.entries(query).filter((pair): pair is [string, string | number] => pair[1] !== undefined && pair[1] !== '');
  const search = new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString();
  return search ? `${path}?${search}` : path;
}

/** The href (`#/…`) that shows a route; the inverse of `parseHash`. */
export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'search':
      return withQuery('#/search', { q: route.q });
    case 'actor':
      return withQuery(`#/actors/${segment(route.id)}`, { note: route.note });
    case 'sources':
      return '#/sources';
    case 'source':
      return withQuery(`#/sources/${segment(route.id)}`, { start: route.passage?.start, end: route.passage?.end, from: route.from });
    case 'not-found':
      return `#/${route.path}`;
  }
}

/** Identifies the page, ignoring in-page details such as the highlighted footnote. */
export function pageKey(route: Route): string {
  switch (route.view) {
    case 'actor':
    case 'source':
      return `${route.view}:${route.id}`;
    case 'search':
      return `search:${route.q}`;
    default:
      return route.view;
  }
}
