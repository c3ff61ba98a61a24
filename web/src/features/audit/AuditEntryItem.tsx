import { hrefOf, type Route } from '../../routing/route.js';
import type { AuditEntry } from './api.js';
import { changedFields, describeAction, formatInstant } from './model.js';
import { FieldChanges } from './FieldChanges.js';

// Creations list every field, so they start folded; changes show their diff at once.
const FOLD_OVER = 4;

function recordRoute(kind: string, id: string): Route | undefined {
  if (kind === 'actor') return { view: 'actor', id };
  if (kind === 'source') return { view: 'source', id };
  if (kind === 'event') return { view: 'map', event: id };
  return undefined;
}

/** One audit entry: sequence, time, who, what, and the fields it changed. */
export function AuditEntryItem({ entry }: { entry: AuditEntry }) {
  const changes = changedFields(entry.before, entry.after);
  const target = recordRoute(entry.kind, entry.id);
  const folded = entry.before === null && changes.length > FOLD_OVER;
  return (
    <li className="audit-entry">
      <div className="audit-entry__head">
        <span className="audit-entry__seq">#{entry.seq}</span>
        <time className="audit-entry__at" dateTime={entry.at}>
          {formatInstant(entry.at)}
        </time>
        <span className="audit-entry__actor" title="who">
          {entry.actor}
        </span>
        <span className={`tag audit-entry__action audit-entry__action--${entry.action.replace(/\W+/g, '-')}`} title={entry.action}>
          {describeAction(entry.action, entry.before === null)}
        </span>
        <span className="tag tag--quiet">{entry.kind}</span>
        <code className="audit-entry__id break">{target ? <a href={hrefOf(target)}>{entry.id}</a> : entry.id}</code>
      </div>
      {changes.length === 0 ? (
        <p className="meta audit-entry__none">No field changed.</p>
      ) : folded ? (
        <details className="audit-entry__details">
          <summary>{changes.length} fields</summary>
          <FieldChanges changes={changes} />
        </details>
      ) : (
        <FieldChanges changes={changes} />
      )}
    </li>
  );
}
