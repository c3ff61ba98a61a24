/** Every view the app can show, as carried in the URL hash (`#/actors/actor:jnim?note=3`). */
export type Route =
  | { view: 'home' }
  | { view: 'search'; q: string }
  | { view: 'actor'; id: string; note?: number }
  | { view: 'place'; id: string; note?: number }
  | { view: 'sources' }
  | { view: 'source'; id: string; passage?: { start: number; end: number }; from?: string }
  | { view: 'not-found'; path: string }
  | { view: 'map'; from?: string; to?: string; actor?: string; event?: string }
  | { view: 'review'; kind?: 'actor' | 'place' | 'relation' | 'event' }
  | {
      view: 'network';
      date?: string;
      kinds?: string[];
      types?: string[];
      color?: 'kind' | 'bloc';
      possible?: boolean;
      presumed?: boolean;
      /** Only this actor's neighbourhood, `steps` ties deep (1 or 2). */
      focus?: string;
      steps?: 1 | 2;
      /** Actors dragged to a place of the analyst's choosing, in layout coordinates. */
      pins?: NetworkPin[];
    }
  | { view: 'genealogy'; id: string }
  | { view: 'timeline'; actors?: string[]; types?: string[]; from?: string; to?: string; item?: string }
  | { view: 'login'; back?: string }
  | { view: 'audit'; user?: string; kind?: string; id?: string; since?: string }
  | { view: 'account' }
  | { view: 'users'; user?: string }
  | { view: 'disputes'; actor?: string; kind?: DisputeKind; source?: string; all?: boolean }
  | { view: 'views' }
  | ({ view: 'trends' } & TrendsState)
  | { view: 'analytics'; date?: string; step?: 'year' | 'month'; level?: 'top' | 'recorded'; from?: string; to?: string }
  | { view: 'method'; section?: string }
  | { view: 'diff'; from?: string; to?: string }
  | { view: 'path'; from?: string; to?: string; date?: string };

/** An actor moved by hand in the network, kept in the link (`pins=actor:cma~12.5~-3`). */
export interface NetworkPin {
  id: string;
  x: number;
  y: number;
}

const PIN = /^([^~,]+)~(-?\d+(?:\.\d+)?)~(-?\d+(?:\.\d+)?)$/;
function pinsOf(value: string | null): NetworkPin[] | undefined {
  if (value === null) return undefined;
  const pins = value.split(',').flatMap((item) => {
    const match = PIN.exec(item);
    return match?.[1] && match[2] && match[3] ? [{ id: match[1], x: Number(match[2]), y: Number(match[3]) }] : [];
  });
  return pins.length > 0 ? pins : undefined;
}
const pinText = (pins: readonly NetworkPin[] | undefined) => pins?.map((p) => `${p.id}~${Math.round(p.x * 10) / 10}~${Math.round(p.y * 10) / 10}`).join(',');

/** What the Trends page shows, as its URL keeps it (a permalink). */
export interface TrendsState {
  actor?: string;
  components?: boolean;
  coalitions?: boolean;
  period?: TrendPeriod;
  split?: TrendSplit;
  place?: string;
  type?: string;
  attribution?: string;
  from?: string;
  to?: string;
}

/** The periods and splits of the Trends page (GET /api/trends). */
export const TREND_PERIODS = ['month', 'quarter', 'year'] as const;
export type TrendPeriod = (typeof TREND_PERIODS)[number];
export const TREND_SPLITS = ['type', 'attribution', 'actor', 'place', 'country', 'admin1', 'admin2'] as const;
export type TrendSplit = (typeof TREND_SPLITS)[number];
const isPeriod = (value: string | null): value is TrendPeriod => TREND_PERIODS.some((p) => p === value);
const isSplit = (value: string | null): value is TrendSplit => TREND_SPLITS.some((p) => p === value);
const word = (value: string | null): string | undefined => (value !== null && /^[a-z_]+$/.test(value) ? value : undefined);

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
  if (first === 'places' && second !== undefined) {
    const note = count(query.get('note'));
    return { view: 'place', id: second, ...(note !== undefined ? { note } : {}) };
  }
  if (first === 'network' && second === undefined) {
    const [date, kinds, types, color] = [month(query.get('date')), names(query.get('kinds')), names(query.get('types')), query.get('color')];
    const [focus, pins] = [query.get('focus'), pinsOf(query.get('pins'))];
    return {
      view: 'network',
      ...(date ? { date } : {}),
      ...(kinds ? { kinds } : {}),
      ...(types ? { types } : {}),
      ...(color === 'bloc' || color === 'kind' ? { color } : {}),
      ...(query.get('possible') === '0' ? { possible: false } : {}),
      ...(query.get('presumed') === '0' ? { presumed: false } : {}),
      ...(focus ? { focus, steps: query.get('steps') === '2' ? (2 as const) : (1 as const) } : {}),
      ...(pins ? { pins } : {}),
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
  if (first === 'views' && second === undefined) return { view: 'views' };
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
  if (first === 'trends' && second === undefined) {
    const [period, split, from, to] = [query.get('period'), query.get('split'), month(query.get('from')), month(query.get('to'))];
    const [actor, place, type, attribution] = [query.get('actor'), query.get('place'), word(query.get('type')), word(query.get('attribution'))];
    return {
      view: 'trends',
      ...(actor ? { actor } : {}),
      ...(query.get('components') === '1' ? { components: true } : {}),
      ...(query.get('coalitions') === '1' ? { coalitions: true } : {}),
      ...(isPeriod(period) ? { period } : {}),
      ...(isSplit(split) ? { split } : {}),
      ...(place ? { place } : {}),
      ...(type ? { type } : {}),
      ...(attribution ? { attribution } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
  }
  if (first === 'analytics' && second === undefined) {
    const [date, step, level, from, to] = [month(query.get('date')), query.get('step'), query.get('level'), month(query.get('from')), month(query.get('to'))];
    return {
      view: 'analytics',
      ...(date ? { date } : {}),
      ...(step === 'year' || step === 'month' ? { step } : {}),
      ...(level === 'top' || level === 'recorded' ? { level } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
  }
  if (first === 'method') return { view: 'method', ...(second && /^[a-z0-9-]+$/.test(second) ? { section: second } : {}) };
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
    case 'place':
      return withQuery(`#/places/${segment(route.id)}`, { note: route.note });
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
        focus: route.focus,
        steps: route.focus ? route.steps : undefined,
        pins: pinText(route.pins),
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
    case 'views':
      return '#/views';
    case 'users':
      return withQuery('#/users', { user: route.user });
    case 'disputes':
      return withQuery('#/disputes', { actor: route.actor, kind: route.kind, source: route.source, all: route.all ? '1' : undefined });
    case 'trends':
      return withQuery('#/trends', {
        actor: route.actor,
        components: route.components ? '1' : undefined,
        coalitions: route.coalitions ? '1' : undefined,
        period: route.period,
        split: route.split,
        place: route.place,
        type: route.type,
        attribution: route.attribution,
        from: route.from,
        to: route.to,
      });
    case 'analytics':
      return withQuery('#/analytics', { date: route.date, step: route.step, level: route.level, from: route.from, to: route.to });
    case 'method':
      return route.section ? `#/method/${route.section}` : '#/method';
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
    case 'place':
    case 'source':
    case 'genealogy':
      return `${route.view}:${route.id}`;
    case 'search':
      return `search:${route.q}`;
    default:
      return route.view;
  }
}
