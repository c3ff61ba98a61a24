import { dateInWords } from '../../../../src/core/dates/edtf-words.js';
import { Grade } from '../../ui/Grade.js';
import type { DisputedProperty } from './api.js';
import { ClaimRefs } from './ClaimRefs.js';
import { differenceLabel, documentsInWords, isContested, propertyName, splitGrade } from './model.js';
import { ReadingValue } from './ReadingValue.js';

interface Props {
  property: DisputedProperty;
  names: ReadonlyMap<string, string>;
  numbers: ReadonlyMap<string, number>;
  onFollow: (n: number) => void;
}

/** Every side of one property, heaviest first (W1–W3), each with its weight and footnotes; no winner is marked. */
export function PropertySides({ property, names, numbers, onFollow }: Props) {
  const heaviest = Math.max(...property.readings.map((r) => r.weight.score), 0);
  const refs = (claims: readonly { claim: string }[]) => claims.map((c) => numbers.get(c.claim)).filter((n): n is number => n !== undefined);
  return (
    <section className={`dispute-property${isContested(property) ? '' : ' dispute-property--quiet'}`}>
      <h3 className="dispute-property__title">
        {propertyName(property.property)} <span className="dispute-property__difference">{differenceLabel(property.difference)}</span>
      </h3>
      <table className="dispute-sides">
        <thead>
          <tr>
            <th scope="col">Reading</th>
            <th scope="col">Weight</th>
            <th scope="col">Documents</th>
            <th scope="col">Best grade</th>
            <th scope="col">Latest document</th>
          </tr>
        </thead>
        <tbody>
          {property.readings.map((reading, i) => {
            const grade = splitGrade(reading.weight.strongest);
            const against = refs(reading.disputes);
            return (
              <tr key={i} className="dispute-side">
                <td>
                  <ReadingValue
                    property={property.property}
                    value={reading.value}
                    others={property.readings.filter((other) => other !== reading).map((other) => other.value)}
                    names={names}
                  />
                  <ClaimRefs numbers={refs(reading.supports)} onFollow={onFollow} />
                  {against.length > 0 ? (
                    <span className="dispute-side__against">
                      contested by <ClaimRefs numbers={against} onFollow={onFollow} />
                    </span>
                  ) : null}
                </td>
                <td className="dispute-side__score">
                  <span className="dispute-side__bar" style={{ width: `${heaviest > 0 ? (reading.weight.score / heaviest) * 100 : 0}%` }} aria-hidden="true" />
                  <span data-testid="score">{reading.weight.score.toFixed(2)}</span>
                </td>
                <td>{documentsInWords(reading.weight)}</td>
                <td>{grade ? <Grade reliability={grade.reliability} credibility={grade.credibility} /> : <span className="meta">none</span>}</td>
                <td>{reading.weight.latest ? dateInWords(reading.weight.latest) : <span className="meta">undated</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
