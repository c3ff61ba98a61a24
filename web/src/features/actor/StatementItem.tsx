import type { ProfileStatement } from '../../api/types.js';
import { hrefOf } from '../../routing/route.js';
import { DisputeNotice } from './DisputeNotice.js';
import { FootnoteRefs } from './FootnoteRefs.js';
import { formatWhen, sentence, splitOnName } from './model.js';
import { useProfileScope } from './profile-context.js';
import { StatusFlag } from './StatusFlag.js';

/** A dated statement with its footnotes; a disputed one shows every competing reading. */
export function StatementItem({ statement }: { statement: ProfileStatement }) {
  const { actorName } = useProfileScope();
  const disputed = statement.disputes.length > 0;
  // The other end is an actor, or on an actor's profile a place it holds or operates in.
  const other = statement.other?.id.startsWith('actor:') || statement.other?.id.startsWith('place:') ? statement.other : undefined;
  const parts = other ? splitOnName(statement.text, actorName, other.name) : undefined;
  return (
    <li className={`statement${disputed ? ' statement--disputed' : ''}`}>
      <time className="statement__when" dateTime={statement.when} title={`EDTF: ${statement.when}`}>
        {formatWhen(statement.when)}
      </time>
      <div className="statement__body">
        <p className="statement__text">
          {other && parts ? (
            <>
              {parts[0]}
              <a href={hrefOf(other.id.startsWith('place:') ? { view: 'place', id: other.id } : { view: 'actor', id: other.id })}>{parts[1]}</a>
              {parts[2]}
            </>
          ) : (
            sentence(statement.text)
          )}
          <FootnoteRefs numbers={statement.footnotes} /> <StatusFlag status={statement.status} {...(statement.differs ? { differs: statement.differs } : {})} />
        </p>
        {disputed ? <DisputeNotice disputes={statement.disputes} /> : null}
      </div>
    </li>
  );
}
