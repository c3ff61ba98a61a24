import { MonthField } from '../../ui/MonthField.js';
import type { Route } from '../../routing/route.js';

export type AnalyticsRoute = Extract<Route, { view: 'analytics' }>;

/** The date, the step, the community level and the series' span, each applied at once and kept in the URL. */
export function AnalyticsControls({
  state,
  date,
  span,
  onChange,
}: {
  state: AnalyticsRoute;
  date: string;
  /** The series' bounds in force, shown when the URL names none. */
  span: [string, string];
  onChange: (next: AnalyticsRoute) => void;
}) {
  const set = (patch: { [K in keyof AnalyticsRoute]?: AnalyticsRoute[K] | undefined }) => {
    const next = { ...state, ...patch };
    for (const key of ['step', 'level', 'from', 'to'] as const) if (next[key] === undefined) delete next[key];
    onChange(next as AnalyticsRoute);
  };
  return (
    <form className="audit-filters panel analytics-controls" aria-label="Analytics options" onSubmit={(e) => e.preventDefault()}>
      <label className="audit-filters__field">
        <span className="control-group__title">Month</span>
        <input
          className="input"
          type="month"
          name="date"
          value={date}
          min="1990-01"
          max="2030-12"
          onChange={(e) => e.target.value && set({ date: e.target.value })}
        />
      </label>
      <label className="audit-filters__field">
        <span className="control-group__title">Compare with, and step</span>
        <select className="input" name="step" value={state.step ?? 'year'} onChange={(e) => set({ step: e.target.value === 'month' ? 'month' : undefined })}>
          <option value="year">a year earlier; yearly series</option>
          <option value="month">a month earlier; monthly series</option>
        </select>
      </label>
      <label className="audit-filters__field">
        <span className="control-group__title">Communities</span>
        <select
          className="input"
          name="level"
          value={state.level ?? 'top'}
          onChange={(e) => set({ level: e.target.value === 'recorded' ? 'recorded' : undefined })}
        >
          <option value="top">widest (Tuareg, Arabs…)</option>
          <option value="recorded">as group bases name them</option>
        </select>
      </label>
      <MonthField label="Series from" name="from" value={state.from} placeholder={span[0]} onChange={(from) => set({ from })} />
      <MonthField label="to" name="to" value={state.to} placeholder={span[1]} onChange={(to) => set({ to })} />
    </form>
  );
}
