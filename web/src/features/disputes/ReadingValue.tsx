import { participantInWords, participantsCompared, valueInWords } from './model.js';

/** A side's value in words; for participants, those not every side lists in that role are marked. */
export function ReadingValue({
  property,
  value,
  others,
  names,
}: {
  property: string;
  value: unknown;
  others: readonly unknown[];
  names: ReadonlyMap<string, string>;
}) {
  if (property !== 'participants' || !Array.isArray(value)) return <span className="dispute-side__value">{valueInWords(property, value, names)}</span>;
  return (
    <ul className="dispute-side__participants">
      {participantsCompared(value, others).map(({ participant, differs }) => (
        <li key={`${participant.actor}|${participant.role}`} className={differs ? 'dispute-side__differs' : undefined}>
          {participantInWords(participant, names)}
          {differs ? <span className="visually-hidden"> (not on every side)</span> : null}
        </li>
      ))}
    </ul>
  );
}
