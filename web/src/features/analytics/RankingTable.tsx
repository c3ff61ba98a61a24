import { hrefOf } from '../../routing/route.js';
import type { Metrics } from './api.js';

/** The most central actors, names linking to their profiles. */
export function RankingTable({ m }: { m: Metrics }) {
  return (
    <table className="data-table analytics-table" aria-label="Most central actors">
      <thead>
        <tr>
          <th scope="col">actor</th>
          <th scope="col">degree</th>
          <th scope="col">betweenness</th>
          <th scope="col">bloc</th>
        </tr>
      </thead>
      <tbody>
        {m.top.map((r) => (
          <tr key={r.id} data-actor={r.id}>
            <td>
              <a href={hrefOf({ view: 'actor', id: r.id })}>{r.name}</a>
            </td>
            <td data-value="degree">{r.degree}</td>
            <td data-value="betweenness">{r.betweenness.toFixed(3)}</td>
            <td data-value="bloc">{r.community}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
