import { hrefOf } from '../../routing/route.js';
import type { Metrics } from './api.js';

const Community = ({ id, m }: { id: string; m: Metrics }) => <a href={hrefOf({ view: 'actor', id })}>{m.names[id] ?? id}</a>;

/** The matrix's cells and the violence inside one community, as numbers, names linking to profiles. */
export function CommunalTables({ m }: { m: Metrics }) {
  return (
    <div className="analytics-columns">
      <table className="data-table analytics-table" aria-label="Violence between communities">
        <thead>
          <tr>
            <th scope="col">community</th>
            <th scope="col">community</th>
            <th scope="col">events</th>
            <th scope="col">killed (best)</th>
          </tr>
        </thead>
        <tbody>
          {m.communal.cells.map((c) => (
            <tr key={`${c.a}|${c.b}`} data-pair={`${c.a}|${c.b}`}>
              <td>
                <Community id={c.a} m={m} />
              </td>
              <td>
                <Community id={c.b} m={m} />
              </td>
              <td data-value="events">{c.events}</td>
              <td data-value="best">{c.fatalities.best}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table analytics-table" aria-label="Violence inside one community">
        <thead>
          <tr>
            <th scope="col">inside</th>
            <th scope="col">events</th>
            <th scope="col">killed (best)</th>
          </tr>
        </thead>
        <tbody>
          {m.communal.within.map((w) => (
            <tr key={w.community} data-community={w.community}>
              <td>
                <Community id={w.community} m={m} />
              </td>
              <td data-value="events">{w.events}</td>
              <td data-value="best">{w.fatalities.best}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
