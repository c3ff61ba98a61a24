import type { Footnote } from '../../api/types.js';
import { hrefOf } from '../../routing/route.js';
import { describeValue, propertyLabel } from './model.js';
import { PassageLink } from './PassageLink.js';
import { useProfileScope } from './profile-context.js';

/** M7: how a party's own statement is introduced. */
const VOICE = { alleges: 'Alleged by', claims: 'Claimed by', denies: 'Denied by' } as const;

/** One footnote: its number, stance, the analyst's note, and each cited passage with its grade. */
export function FootnoteItem({ note, current }: { note: Footnote; current: boolean }) {
  const { names } = useProfileScope();
  const reading = Object.entries(note.value ?? {});
  return (
    <li
      id={`note-${note.n}`}
      className={`footnote${current ? ' footnote--current' : ''}`}
      tabIndex={-1}
      value={note.n}
      aria-current={current ? 'true' : undefined}
    >
      <span className="footnote__n">{note.n}</span>
      <div className="footnote__body">
        {note.stance === 'disputes' ? <p className="footnote__stance">Contests this statement.</p> : null}
        {note.voice ? (
          <p className="footnote__voice">
            {VOICE[note.voice.says]} <a href={hrefOf({ view: 'actor', id: note.voice.actor })}>{note.voice.name}</a>, as the document reports
          </p>
        ) : null}
        {reading.length > 0 ? (
          <p className="footnote__reading">
            Reads: {reading.map(([property, value]) => `${propertyLabel(property).toLowerCase()}: ${describeValue(property, value, names)}`).join('; ')}
          </p>
        ) : null}
        {note.note ? <p className="footnote__note">{note.note}</p> : null}
        <ul className="passages">
          {note.passages.map((passage, i) => (
            <li key={passage.restricted ? `restricted:${i}` : `${passage.sourceId}:${passage.start}-${passage.end}`}>
              <PassageLink passage={passage} credibility={note.credibility} />
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
