import { describe, expect, it } from 'vitest';
import { fitColumns, tableWidth } from './fit-columns.js';

describe('fitColumns', () => {
  it('leaves a table that fits alone', () => {
    expect(fitColumns([10, 20, 30], 80)).toBeUndefined();
  });

  it('caps only the widest columns, keeping short fields whole, and fits the width', () => {
    const widths = fitColumns([12, 9, 120, 80], 100);
    expect(widths).toBeDefined();
    const [date, grade, text, notes] = widths as number[];
    expect([date, grade]).toEqual([12, 9]);
    expect(text).toBe(notes);
    expect((widths as number[]).reduce((a, b) => a + b, 0) + 5).toBeLessThanOrEqual(100);
    // The widest cap that fits: one more column of width would overflow.
    expect(12 + 9 + 2 * ((text as number) + 1) + 5).toBeGreaterThan(100);
  });

  it('never squeezes a column below the minimum, even when the table cannot fit', () => {
    expect(fitColumns([30, 30, 30, 30, 30], 20)).toEqual([8, 8, 8, 8, 8]);
  });
});

describe('tableWidth', () => {
  it('is unlimited with --wide, the terminal width on a terminal, else $COLUMNS, else 120', () => {
    expect(tableWidth(true, { isTTY: true, columns: 80 }, {})).toBeUndefined();
    expect(tableWidth(false, { isTTY: true, columns: 80 }, { COLUMNS: '200' })).toBe(80);
    expect(tableWidth(false, {}, { COLUMNS: '200' })).toBe(200);
    expect(tableWidth(false, {}, { COLUMNS: 'wide' })).toBe(120);
    expect(tableWidth(false, {}, {})).toBe(120);
  });
});

describe('fitColumns with words', () => {
  it('keeps a column as wide as its longest word when the table can afford it', () => {
    // A validity column whose longest value "2015-05/2016-10" must not be cut to "2015-05/20…".
    const widths = fitColumns([17, 60, 60, 17, 10], 90, [17, 14, 12, 17, 10]) as number[];
    expect(widths[0]).toBe(17);
    expect(widths[3]).toBe(17);
    expect(widths.reduce((a, b) => a + b, 0) + 6).toBeLessThanOrEqual(90);
  });

  it('lets the longest words give way first when they do not fit together', () => {
    expect(fitColumns([40, 40, 40], 30, [30, 30, 30])).toEqual([8, 8, 8]);
    // Room for 60: the short column (12) stays whole, the two long ones share what is left.
    expect(fitColumns([40, 40, 12], 64, [26, 26, 10])).toEqual([24, 24, 12]);
  });
});
