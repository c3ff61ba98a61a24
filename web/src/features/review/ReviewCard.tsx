import type { Ref } from 'react';
import type { ApiError } from '../../api/client.js';
import type { ClaimCredibility } from '../../api/types.js';
import type { ReviewItem } from './api.js';
import { sentence } from '../actor/model.js';
import { EditForm } from './EditForm.js';
import { GradeChoice } from './GradeChoice.js';
import { MergeForm } from './MergeForm.js';
import { isMergeable, KIND_LABELS, needsCountry, titleOf } from './model.js';
import { PassageInContext } from './PassageInContext.js';
import { ProposalValues } from './ProposalValues.js';

export type CardMode = 'view' | 'edit' | 'merge';

interface ReviewCardProps {
  item: ReviewItem;
  position: { n: number; of: number };
  names: ReadonlyMap<string, string>;
  context: number;
  mode: CardMode;
  busy: boolean;
  error: ApiError | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  grade: ClaimCredibility | undefined;
  gradeMissing: boolean;
  gradeRef: Ref<HTMLSelectElement>;
  onGrade: (grade: ClaimCredibility | undefined) => void;
  onAccept: () => void;
  onReject: () => void;
  onMode: (mode: CardMode) => void;
  onSave: (value: Record<string, unknown>, accept: boolean) => void;
  onMerge: (into: string) => void;
}

/** One proposal under review: what it asserts, the passage it rests on, and the decisions. */
export function ReviewCard(props: ReviewCardProps) {
  const { item, position, names, context, mode, busy, error } = props;
  const { claim } = item;
  const title = titleOf(item, names);
  const mergeable = isMergeable(item);
  return (
    <article className="review-card" aria-labelledby="review-card-title">
      <p className="eyebrow">
        <span className={`tag review-kind review-kind--${item.kind}`}>{KIND_LABELS[item.kind]}</span>
        <span className="tag tag--quiet">{item.creates ? `new ${item.kind}` : `evidence for a recorded ${item.kind}`}</span>
        <span className="meta">
          {position.n} of {position.of}
        </span>
      </p>
      <h2 id="review-card-title" className="review-card__title" ref={props.headingRef} tabIndex={-1}>
        {sentence(title)}
      </h2>
      <p className="meta review-card__meta">
        <code>{claim.subject}</code> · proposed by {claim.by} ({claim.method}) on {claim.at.slice(0, 10)}
        {claim.stance === 'disputes' ? ' · contests the record' : ''}
      </p>
      {/* Where a new place's country was read (its sentence or the document as a whole); the notice below says when none was. */}
      {item.kind === 'place' && item.creates && claim.note && !needsCountry(item) ? <p className="meta">{sentence(claim.note)}</p> : null}

      {needsCountry(item) && mode !== 'merge' ? (
        <p className="review-card__notice" role="note">
          The text does not say which country this place is in. Before accepting, choose its country under <strong>Edit</strong> (a two-letter code: ML, BF,
          NE…), or merge it into a recorded place.
        </p>
      ) : null}

      <GradeChoice ref={props.gradeRef} grade={props.grade} missing={props.gradeMissing} disabled={busy} onChange={props.onGrade} />

      {mode === 'merge' && mergeable ? (
        <MergeForm
          key={claim.id}
          kind={item.kind === 'place' ? 'place' : 'actor'}
          proposedName={title}
          busy={busy}
          onMerge={props.onMerge}
          onCancel={() => props.onMode('view')}
        />
      ) : mode === 'edit' ? null : (
        <div className="review-actions" role="group" aria-label="Decision">
          <button type="button" className="button button--accept" disabled={busy} onClick={props.onAccept} aria-keyshortcuts="a">
            Accept <kbd>a</kbd>
          </button>
          <button type="button" className="button button--reject" disabled={busy} onClick={props.onReject} aria-keyshortcuts="r">
            Reject <kbd>r</kbd>
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => props.onMode('edit')} aria-keyshortcuts="e">
            Edit <kbd>e</kbd>
          </button>
          {mergeable ? (
            <button type="button" className="button" disabled={busy} onClick={() => props.onMode('merge')} aria-keyshortcuts="m">
              Merge <kbd>m</kbd>
            </button>
          ) : null}
        </div>
      )}

      {error ? (
        <div className="state state--error review-card__error" role="alert">
          <p className="state__title">The decision was not recorded.</p>
          <p>{error.message}</p>
          <p className="state__code">
            Error code: <code>{error.code}</code>
          </p>
        </div>
      ) : null}

      <h3 className="review-card__section">Passage</h3>
      {item.passage ? (
        <PassageInContext passage={item.passage} context={context} />
      ) : (
        <p className="meta">The cited source's text is not registered, so the passage cannot be shown.</p>
      )}

      <h3 className="review-card__section">
        {mode === 'edit' ? 'Edit the proposed values' : item.creates ? 'Proposed record' : 'Recorded, with what this claim adds'}
      </h3>
      {mode === 'edit' ? (
        <EditForm key={claim.id} item={item} busy={busy} onSave={props.onSave} onCancel={() => props.onMode('view')} />
      ) : (
        <ProposalValues item={item} names={names} />
      )}
    </article>
  );
}
