import type { Metrics } from './api.js';
import { percent } from './model.js';

/** The headline numbers on the date, each marked with the CLI's JSON path so they can be checked against `faultline metrics --json`. */
export function OnTheDate({ m }: { m: Metrics }) {
  const f = m.fluidity;
  const items: [string, string, string][] = [
    ['actors · ties', `${m.actors} · ${m.ties}`, 'actors,ties'],
    ['armed groups active', `${m.armedGroups.definite} definitely, ${m.armedGroups.possible} possibly`, 'armedGroups'],
    ['blocs (modularity)', `${m.communities.count} (${m.communities.modularity.toFixed(2)})`, 'communities'],
    ['structural balance', `${m.balance.balanced}/${m.balance.triads} triads balanced (${percent(m.balance.share)})`, 'balance'],
    [
      `alliance fluidity since one ${m.step} earlier`,
      `${percent(f.share)}: ${f.formed} formed, ${f.ended} ended, ${f.flipped} flipped; not counted: ${f.appeared} first attested, ${f.lapsed} no longer presumed`,
      'fluidity',
    ],
    [
      'tribalisation',
      `${m.tribalisation.single}/${m.tribalisation.withBase} armed groups with a base draw on one community (${percent(m.tribalisation.share)})`,
      'tribalisation',
    ],
  ];
  return (
    <dl className="analytics-numbers panel" aria-label={`On ${m.asOf}`}>
      {items.map(([label, value, key]) => (
        <div key={key} className="analytics-numbers__item" data-metric={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
