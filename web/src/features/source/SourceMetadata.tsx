import type { Source } from '../../api/types.js';
import { Grade } from '../../ui/Grade.js';
import { RELIABILITY_LABELS } from '../../vocab/labels.js';

/** A source's bibliographic record and the reason for its reliability grade. */
export function SourceMetadata({ source, passage }: { source: Source; passage: { start: number; end: number } | undefined }) {
  return (
    <dl className="facts facts--stacked">
      {source.authors?.length ? (
        <div className="facts__row">
          <dt>Authors</dt>
          <dd>{source.authors.join(', ')}</dd>
        </div>
      ) : null}
      {source.publisher ? (
        <div className="facts__row">
          <dt>Publisher</dt>
          <dd>{source.publisher}</dd>
        </div>
      ) : null}
      {source.cites?.length ? (
        <div className="facts__row">
          <dt>Cites</dt>
          <dd>{source.cites.join('; ')}</dd>
        </div>
      ) : null}
      {source.date ? (
        <div className="facts__row">
          <dt>Date</dt>
          <dd>{source.date}</dd>
        </div>
      ) : null}
      {source.language ? (
        <div className="facts__row">
          <dt>Language</dt>
          <dd>{source.language}</dd>
        </div>
      ) : null}
      <div className="facts__row">
        <dt>Reliability</dt>
        <dd>
          <Grade reliability={source.reliability} /> {RELIABILITY_LABELS[source.reliability]} — {source.reliabilityReason}
        </dd>
      </div>
      {source.url ? (
        <div className="facts__row">
          <dt>Address</dt>
          <dd className="break">{source.url}</dd>
        </div>
      ) : null}
      {source.notes ? (
        <div className="facts__row">
          <dt>Notes</dt>
          <dd>{source.notes}</dd>
        </div>
      ) : null}
      {passage ? (
        <div className="facts__row">
          <dt>Cited passage</dt>
          <dd>
            characters {passage.start}–{passage.end}
          </dd>
        </div>
      ) : null}
      <div className="facts__row">
        <dt>Identifier</dt>
        <dd className="break">
          <code>{source.id}</code>
        </dd>
      </div>
    </dl>
  );
}
