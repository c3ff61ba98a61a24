/** Every view the app can show, as carried in the URL hash (`#/actors/actor:jnim?note=3`). */
export type Route =
  | { view: 'home' }
  | { view: 'search'; q: string }
  | { view: 'actor'; id: string; note?: number }
  | { view: 'sources' }
  | { view: 'source'; id: string; passage?: { start: number; end: number }; from?: string }
  | { view: 'not-found'; path: string }
  | { view: 'map'; from?: string; to?: string; actor?: string; event?: string }
  | { view: 'review'; kind?: 'actor' | 'place' | 'relation' | 'event' }
  | { view: 'network'; date?: string; kinds?: string[]; types?: string[]; color?: 'kind' | 'bloc'; possible?: boolean; presumed?: boolean }
  | { view: 'genealogy'; id: string }
  | { view: 'timeline'; actors?: string[]; types?: string[]; from?: string; to?: string; item?: string }
  | { view: 'login'; back?: string }
  | { view: 'audit'; user?: string; kind?: string; id?: string; since?: string }
  | { view: 'account' }
  | { view: 'users'; user?: string }
  | { view: 'disputes'; actor?: string; kind?: DisputeKind; source?: string; all?: boolean }
  | { view: 'diff'; from?: string; to?: string }
  | { view: 'path'; from?: string; to?: string; date?: string };

/** The kinds of fact the disputes page can be narrowed to. */
export const DISPUTE_KINDS = ['actor', 'relation', 'event', 'place'] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];
const isDisputeKind = (value: string | null): value is DisputeKind => DISPUTE_KINDS.some((k) => k === value);

const names = (value: string | null): string[] | undefined => (value === null ? undefined : value.split(',').filter(Boolean));
const month = (value: string | null): string | undefined => (value !== null && /^\d{4}(-\d{2})?$/.test(value) ? value : undefined);
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
  if (first === 'network' && second === undefined) {
    const [date, kinds, types, color] = [month(query.get('date')), names(query.get('kinds')), names(query.get('types')), query.get('color')];
    return {
      view: 'network',
      ...(date ? { date } : {}),
      ...(kinds ? { kinds } : {}),
      ...(types ? { types } : {}),
      ...(color === 'bloc' || color === 'kind' ? { color } : {}),
      ...(query.get('possible') === '0' ? { possible: false } : {}),
      ...(query.get('presumed') === '0' ? { presumed: false } : {}),
    };
  }
  if (first === 'genealogy' && second !== undefined) return { view: 'genealogy', id: second };
  if (first === 'timeline' && second === undefined) {
    const [actors, types, from, to, item] = [
      names(query.get('actors')),
      names(query.get('types')),
      month(query.get('from')),
      month(query.get('to')),
      query.get('item'),
    ];
    return {
      view: 'timeline',
      ...(actors ? { actors } : {}),
      ...(types ? { types } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(item ? { item } : {}),
    };
  }
  if (first === 'map' && second === undefined) {
    const [from, to, actor, event] = [month(query.get('from')), month(query.get('to')), query.get('actor'), query.get('event')];
    return { view: 'map', ...(from ? { from } : {}), ...(to ? { to } : {}), ...(actor ? { actor } : {}), ...(event ? { event } : {}) };
  }
  if (first === 'review' && second === undefined) {
    const kind = query.get('kind');
    return { view: 'review', ...(kind === 'actor' || kind === 'place' || kind === 'relation' || kind === 'event' ? { kind } : {}) };
  }
  if (first === 'login' && second === undefined) {
    // Only an in-app path may follow a login, never the login page itself.
    const back = query.get('return');
    return { view: 'login', ...(back?.startsWith('/') && !back.startsWith('/login') ? { back } : {}) };
  }
  if (first === 'audit' && second === undefined) {
    const [user, kind, id, since] = [query.get('user'), query.get('kind'), query.get('id'), query.get('since')];
    return {
      view: 'audit',
      ...(user ? { user } : {}),
      ...(kind && /^[a-z]+$/.test(kind) ? { kind } : {}),
      ...(id ? { id } : {}),
      ...(since && /^\d{4}-\d{2}-\d{2}$/.test(since) ? { since } : {}),
    };
  }
  if (first === 'account' && second === undefined) return { view: 'account' };
  if (first === 'users' && second === undefined) {
    const user = query.get('user');
    return { view: 'users', ...(user && /^[a-z0-9][a-z0-9._-]{0,62}$/.test(user) ? { user } : {}) };
  }
  if (first === 'disputes' && second === undefined) {
    const [actor, kind, source] = [query.get('actor'), query.get('kind'), query.get('source')];
    return {
      view: 'disputes',
      ...(actor ? { actor } : {}),
      ...(isDisputeKind(kind) ? { kind } : {}),
      ...(source ? { source } : {}),
      ...(query.get('all') === '1' ? { all: true } : {}),
    };
  }
  if (first === 'diff' && second === undefined) {
    const [from, to] = [month(query.get('from')), month(query.get('to'))];
    return { view: 'diff', ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }
  if (first === 'path' && second === undefined) {
    const [from, to, date] = [query.get('from'), query.get('to'), month(query.get('date'))];
    return { view: 'path', ...(from ? { from } : {}), ...(to ? { to } : {}), ...(date ? { date } : {}) };
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
    case 'map':
      return withQuery('#/map', { from: route.from, to: route.to, actor: route.actor, event: route.event });
    case 'review':
      return withQuery('#/review', { kind: route.kind });
    case 'network':
      return withQuery('#/network', {
        date: route.date,
        kinds: route.kinds && (route.kinds.join(',') || '-'),
        types: route.types && (route.types.join(',') || '-'),
        color: route.color,
        possible: route.possible === false ? '0' : undefined,
        presumed: route.presumed === false ? '0' : undefined,
      });
    case 'genealogy':
      return `#/genealogy/${segment(route.id)}`;
    case 'timeline':
      return withQuery('#/timeline', { actors: route.actors?.join(','), types: route.types?.join(','), from: route.from, to: route.to, item: route.item });
    case 'login':
      return withQuery('#/login', { return: route.back });
    case 'audit':
      return withQuery('#/audit', { user: route.user, kind: route.kind, id: route.id, since: route.since });
    case 'account':
      return '#/account';
    case 'users':
      return withQuery('#/users', { user: route.user });
    case 'disputes':
      return withQuery('#/disputes', { actor: route.actor, kind: route.kind, source: route.source, all: route.all ? '1' : undefined });
    case 'diff':
      return withQuery('#/diff', { from: route.from, to: route.to });
    case 'path':
      // Actor ids keep their colon readable here too (`from=actor:gatia`).
      return withQuery('#/path', { from: route.from, to: route.to, date: route.date }).replace(/%3A/gi, ':');
  }
}

/** Identifies the page, ignoring in-page details such as the highlighted footnote. */
export function pageKey(route: Route): string {
  switch (route.view) {
    case 'actor':
    case 'source':
    case 'genealogy':
      return `${route.view}:${route.id}`;
    case 'search':
      return `search:${route.q}`;
    default:
      return route.view;
  }
}
