import type { Stats } from '../../api/types.js';
import { STAT_LABELS } from './model.js';

/** The dataset's record counts as a row of figures. */
export function StatsStrip({ stats }: { stats: Stats }) {
  const format = new Intl.NumberFormat('en');
  return (
    <dl className="stats" aria-label="Dataset counts">
      {STAT_LABELS.map(({ kind, label }) => (
        <div className="stats__item" key={kind}>
          <dt>{label}</dt>
          <dd>{format.format(stats[kind] ?? 0)}</dd>
        </div>
      ))}
    </dl>
  );
}
