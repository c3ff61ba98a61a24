// The chart's geometry from the one genealogy model the server computes (src/analysis/genealogy):
// the web lays it out with the same pure scale as the SVG drawer and decides no dates of its own.
import { axisYears, endYearOf, yearOf, yearScale, yearTicks } from '../../../../src/analysis/genealogy/axis.js';
import type { GenealogyModel } from './api.js';

export const WIDTH = 1100;
export const LABELS = 250;
export const RIGHT = 36;
export const TOP = 58;
export const LANE = 46;
export const BOTTOM = 34;

/** Where each thing of the model goes on the chart. */
export interface ChartGeometry {
  height: number;
  ticks: number[];
  /** x of the first moment of a day, and of the end of a day. */
  dayX: (day: string) => number;
  dayEndX: (day: string) => number;
  yearX: (year: number) => number;
  /** y of each lane's centre line, by lane id. */
  row: Map<string, number>;
}

/** The chart's geometry: lanes in the model's order, the axis over the model's dated bounds. */
export function chartGeometry(model: GenealogyModel): ChartGeometry {
  const axis = axisYears(model);
  // The plot starts right of the labels by enough for an unknown start's faded lead.
  const yearX = yearScale(axis, LABELS + 30, WIDTH - RIGHT);
  return {
    height: TOP + model.lanes.length * LANE + BOTTOM,
    ticks: yearTicks(axis.first, axis.last),
    dayX: (day) => yearX(yearOf(day)),
    dayEndX: (day) => yearX(endYearOf(day)),
    yearX,
    row: new Map(model.lanes.map((lane, i) => [lane.id, TOP + i * LANE + LANE / 2])),
  };
}

/** A name that fits a lane label: itself when short, else its acronym, else cut. */
export function shortName(name: string, label: string): string {
  if (name.length <= 30) return name;
  return label.length <= 30 ? label : `${name.slice(0, 28).trimEnd()}…`;
}
