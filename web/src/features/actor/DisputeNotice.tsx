import type { ProfileStatement } from '../../api/types.js';
import { FootnoteRefs } from './FootnoteRefs.js';
import { describeValue, groupDisputes, propertyLabel } from './model.js';
import { useProfileScope } from './profile-context.js';

/** Every side of a disagreement between sources, each reading with the footnotes that hold it. */
export function DisputeNotice({ disputes }: { disputes: ProfileStatement['disputes'] }) {
  const { names } = useProfileScope();
  return (
    <div className="dispute" role="note" aria-label="Sources disagree">
      <p className="dispute__title">Sources disagree</p>
      <dl className="dispute__list">
        {groupDisputes(disputes).map(({ property, readings }) => (
          <div className="dispute__row" key={property}>
            <dt>{propertyLabel(property)}</dt>
            <dd>
              <ul className="dispute__readings">
                {readings.map((reading, i) => (
                  <li key={i}>
                    {describeValue(property, reading.value, names)}
                    <FootnoteRefs numbers={reading.footnotes} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
