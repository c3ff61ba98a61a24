import type { Footnote } from '../../api/types.js';
import { FootnoteItem } from '../actor/FootnoteItem.js';
import type { Dispute } from './api.js';
import { ClaimRefs } from './ClaimRefs.js';
import { DisputeLabel } from './DisputeLabel.js';
import { isQuiet } from './model.js';
import { PropertySides } from './PropertySides.js';

interface Props {
  dispute: Dispute;
  actors: readonly { id: string; name: string }[];
  names: ReadonlyMap<string, string>;
  numbers: ReadonlyMap<string, number>;
  notes: readonly Footnote[];
  current: number | undefined;
  onFollow: (n: number) => void;
}

const KIND_LABELS: Record<string, string> = { actor: 'Actor', relation: 'Relation', event: 'Event', place: 'Place' };

/** One fact whose sources differ: its label, every side of each differing property, and the footnotes behind them. */
export function DisputeCard({ dispute, actors, names, numbers, notes, current, onFollow }: Props) {
  const quiet = isQuiet(dispute);
  const refs = (claims: readonly { claim: string }[]) => claims.map((c) => numbers.get(c.claim)).filter((n): n is number => n !== undefined);
  const against = refs(dispute.disputedBy);
  const forIt = refs(dispute.supportedBy ?? []);
  const titleId = `dispute-${dispute.subject}`;
  return (
    <li className={`dispute-card${quiet ? ' dispute-card--quiet' : ''}`} data-subject={dispute.subject} aria-labelledby={titleId}>
      <header className="dispute-card__head">
        <p className="eyebrow">
          <span className="tag">{KIND_LABELS[dispute.kind] ?? dispute.kind}</span>
          {quiet ? <span className="flag flag--precision">sources differ in precision</span> : <span className="flag flag--disputed">disputed</span>}
          <span className="dispute-card__weight meta" title="W1: the weight of the lighter of the two heaviest sides">
            contested weight <strong>{dispute.weight.toFixed(2)}</strong>
          </span>
        </p>
        <h2 id={titleId} className="dispute-card__title">
          <DisputeLabel label={dispute.label} actors={actors} />
        </h2>
        <p className="dispute-card__id">
          <code>{dispute.subject}</code>
        </p>
      </header>
      {dispute.properties.map((property) => (
        <PropertySides key={property.property} property={property} names={names} numbers={numbers} onFollow={onFollow} />
      ))}
      {against.length > 0 ? (
        <p className="dispute-card__whole">
          The record as a whole is contested by <ClaimRefs numbers={against} onFollow={onFollow} /> (weight {dispute.disputedWeight?.score.toFixed(2) ?? '–'})
          {forIt.length > 0 ? (
            <>
              {' '}
              and supported by <ClaimRefs numbers={forIt} onFollow={onFollow} /> (weight {dispute.supportedWeight?.score.toFixed(2) ?? '–'})
            </>
          ) : null}
          .
        </p>
      ) : null}
      <ol className="footnotes__list dispute-card__notes" aria-label={`Footnotes for ${dispute.subject}`}>
        {notes.map((note) => (
          <FootnoteItem key={note.n} note={note} current={note.n === current} />
        ))}
      </ol>
    </li>
  );
}
