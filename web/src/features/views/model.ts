// What the saved-view components show: a suggested name for the current page, and dates in words.
import { VIEW_HASH_MAX, VIEW_NAME_MAX } from '../../../../src/core/saved-views.js';

/** A name to start from: the page's title without the app's name, cut to the longest name allowed. */
export function suggestedName(title: string): string {
  const page = title.replace(/\s*·\s*Faultline$/, '').trim() || 'Faultline';
  return page.slice(0, VIEW_NAME_MAX);
}

/** True when the app can save this location: an in-app hash short enough to keep. */
export const isSavable = (hash: string): boolean => hash.startsWith('#/') && hash.length <= VIEW_HASH_MAX;

/** `2026-03-01 14:05 UTC`: when a view was saved, to the minute. */
export const formatSavedAt = (at: string): string => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : at);

/** What the location shows, for the list: the page and its settings (`network · date=2017-06`). */
export function describeHash(hash: string): string {
  const [path = '', query = ''] = hash.replace(/^#\//, '').split('?', 2);
  const page = path.split('/').map(safeDecode).join(' / ') || 'home';
  const settings = [...new URLSearchParams(query)].map(([k, v]) => `${k}=${v}`).join(', ');
  return settings ? `${page} · ${settings}` : page;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
