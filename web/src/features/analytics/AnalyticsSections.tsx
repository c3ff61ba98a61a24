import type { Loadable } from '../../api/use-api.js';
import { Async } from '../../ui/Async.js';
import type { Metrics, MetricsSeries } from './api.js';
import { BlocList } from './BlocList.js';
import { balanceChart, BLOC_LINE, blocChart, CHANGE_COLOURS, communalHeatmap, fluidityChart, fragmentationChart, rankingChart, withinChart } from './charts.js';
import { CommunalTables } from './CommunalTables.js';
import { MetricSection } from './MetricSection.js';
import { blocRows, heatmapRows, rankingRows, seriesRows, withinRows } from './model.js';
import { OnTheDate } from './OnTheDate.js';
import { PlotFigure } from './PlotFigure.js';
import { RankingTable } from './RankingTable.js';

const WIDTH = 860;

/** Every analytic on the page: those of the date from `m`, the series from `series`. */
export function AnalyticsSections({ m, series, date }: { m: Metrics; series: Loadable<MetricsSeries>; date: string }) {
  const key = `${m.asOf}|${m.step}|${m.communal.level}`;
  const levelText = m.communal.level === 'top' ? 'the widest communities (a tribe counted as its people)' : 'communities as group bases name them';
  return (
    <>
      <OnTheDate m={m} />
      <MetricSection
        id="centrality"
        title="Brokerage: the most central actors"
        method="brokerage"
        how={
          m.betweenness.exact ? (
            <>Degree and normalised betweenness over every pair of actors tied in {date}.</>
          ) : (
            <>
              Degree, and normalised betweenness estimated from {m.betweenness.sources} of {m.betweenness.nodes} actors as sources (the graph of {date} is too
              large to compute exactly; the methods page states the error).
            </>
          )
        }
      >
        <PlotFigure
          make={() => rankingChart(m, WIDTH)}
          version={key}
          file={`centrality-${date}`}
          rows={rankingRows(m)}
          label={`Betweenness of the most central actors in ${date}`}
        />
        <RankingTable m={m} />
      </MetricSection>
      <MetricSection
        id="blocs"
        title="Blocs of cooperation"
        method="blocs"
        how={<>Louvain communities of the graph of cooperative pairs (hostile-only pairs left out), a definite tie weighing twice a possible one.</>}
      >
        <PlotFigure make={() => blocChart(m, WIDTH)} version={key} file={`blocs-${date}`} rows={blocRows(m)} label={`Blocs in ${date} by size`} />
        <BlocList m={m} />
      </MetricSection>
      <Async value={series} what="series">
        {(s) => {
          const rows = seriesRows(s);
          const version = `${s.from}|${s.to}|${s.step}|${date}`;
          return (
            <>
              <MetricSection
                id="balance"
                title="Structural balance"
                method="balance"
                how={<>Share of signed triangles whose signs multiply to positive (friend of a friend, enemy of an enemy).</>}
              >
                <PlotFigure
                  make={() => balanceChart(s, date, WIDTH)}
                  version={version}
                  file={`balance-${s.from}-${s.to}`}
                  rows={rows}
                  label="Structural balance over time"
                />
              </MetricSection>
              <MetricSection
                id="fragmentation"
                title="Fragmentation"
                method="fragmentation"
                how={<>Armed groups with a standing tie in force (band from definitely to possibly) and the number of Louvain blocs, at each point.</>}
              >
                <p className="analytics-legend" aria-hidden="true">
                  <span>
                    <i className="analytics-legend__line" /> armed groups, definitely
                  </span>
                  <span>
                    <i className="analytics-legend__line analytics-legend__line--dashed" /> possibly
                  </span>
                  <span>
                    <i className="analytics-legend__line" style={{ borderColor: BLOC_LINE }} /> blocs
                  </span>
                </p>
                <PlotFigure
                  make={() => fragmentationChart(s, date, WIDTH)}
                  version={version}
                  file={`fragmentation-${s.from}-${s.to}`}
                  rows={rows}
                  label="Fragmentation over time"
                />
              </MetricSection>
              <MetricSection
                id="fluidity"
                title="Alliance fluidity"
                method="fluidity"
                how={
                  <>
                    Signed pairs formed, ended or flipped since one {s.step} before; formed or ended only when a source dates the start or the end, not when a
                    report first attests a tie.
                  </>
                }
              >
                <p className="analytics-legend" aria-hidden="true">
                  {Object.entries(CHANGE_COLOURS).map(([change, colour]) => (
                    <span key={change}>
                      <i style={{ background: colour }} /> {change}
                    </span>
                  ))}
                </p>
                <PlotFigure
                  make={() => fluidityChart(s, date, WIDTH)}
                  version={version}
                  file={`fluidity-${s.from}-${s.to}`}
                  rows={rows}
                  label="Alliance fluidity over time"
                />
              </MetricSection>
            </>
          );
        }}
      </Async>
      <MetricSection
        id="communal"
        title={`Communal violence in the ${m.step} before ${date}`}
        method="communal"
        how={
          <>
            Violent events counted once per pair of communities on opposing sides, at the level of {levelText}; violence inside one community is shown apart,
            below, never on the grey diagonal.
          </>
        }
      >
        {m.communal.cells.length > 0 ? (
          <PlotFigure
            make={() => communalHeatmap(m, WIDTH)}
            version={key}
            file={`communal-${m.communal.level}-${date}`}
            rows={heatmapRows(m)}
            label="Violent events between communities"
          />
        ) : (
          <p>No violent event between two communities in this span.</p>
        )}
        {m.communal.within.length > 0 ? (
          <>
            <h3>Inside one community</h3>
            <PlotFigure
              make={() => withinChart(m, WIDTH)}
              version={key}
              file={`communal-within-${m.communal.level}-${date}`}
              rows={withinRows(m)}
              label="Violent events inside one community"
            />
          </>
        ) : null}
        <CommunalTables m={m} />
      </MetricSection>
    </>
  );
}
