import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { useUrlState } from '../../routing/use-url-state.js';
import { Async } from '../../ui/Async.js';
import { AnalyticsControls, type AnalyticsRoute } from './AnalyticsControls.js';
import { AnalyticsSections } from './AnalyticsSections.js';
import './analytics.css';

/** The month the page opens on when the link names none: the one the README's tour uses. */
const DEFAULT_DATE = '2017-06';

/** Centrality, blocs, balance, fragmentation, fluidity and communal violence on a month and as series, with how each is computed. */
export function AnalyticsView({ route }: { route: AnalyticsRoute }) {
  const [state, setState] = useUrlState(route);
  const date = state.date ?? DEFAULT_DATE;
  const step = state.step ?? 'year';
  const level = state.level ?? 'top';
  const year = Number(date.slice(0, 4));
  // Yearly points fall on the chosen month of each year, so the date is one of them.
  const month = date.slice(5, 7) || '01';
  const from = state.from ?? (step === 'year' ? `2012-${month}` : String(year - 2));
  const to = state.to ?? (step === 'year' ? `2024-${month}` : `${year}-12`);
  useDocumentTitle(`Analytics, ${date}`);
  const metrics = useApi(apiGet('/metrics', { query: { asOf: date, step, communities: level, top: '15' } }));
  const series = useApi(apiGet('/metrics/series', { query: { from, to, step, communities: level } }));
  return (
    <div className="analytics">
      <header className="view-head">
        <h1>Analytics</h1>
        <p className="view-head__lede">
          The graph of {date} and its measures, compared with one {step} earlier, and the same measures as series from {from} to {to} (each point on the first
          day of a month, one {step} apart). The numbers are those of <code>faultline metrics --as-of {date}</code>.
        </p>
      </header>
      <AnalyticsControls state={state} date={date} span={[from, to]} onChange={setState} />
      <Async value={metrics} what="metrics">
        {(m) => <AnalyticsSections m={m} series={series} date={date} />}
      </Async>
    </div>
  );
}
