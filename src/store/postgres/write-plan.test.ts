// A trusted change that carries its canonical line and stored columns (an import's, from the reading
// thread) is prepared from them alone, without reading its record, and exactly as from the record.
import { expect, it } from 'vitest';
import { canonicalLine } from '../../core/dataset/canonical.js';
import { storedColumns } from '../../core/dataset/stored-columns.js';
import type { Change } from '../../core/store-port.js';
import { buildActor, buildClaim, buildEvent } from '../../../test/factories.js';
import { prepareChange } from './write-plan.js';

const records: Change[] = [
  {
    kind: 'event',
    record: buildEvent('e1', {
      date: '2019-03',
      participants: [
        { actor: 'actor:a', role: 'perpetrator' },
        { actor: 'actor:b', role: 'target', attribution: 'claimed' },
      ],
      fatalities: { best: 4 },
    }),
  },
  { kind: 'event', record: buildEvent('e2', { date: '2019-03-02/2019-03-05', fatalities: { low: 2, high: 9 } }) },
  { kind: 'event', record: buildEvent('e3', { fatalities: undefined }) },
  { kind: 'claim', record: buildClaim('event:e1', 1, { note: 'tab\there' }) },
  { kind: 'actor', record: buildActor('a', { aliases: [{ name: 'Àlias' }] }) },
];

/** The change as an import hands it over: its line and columns, and a record that must not be read. */
const carried = ({ kind, record }: Change): Change => ({
  kind,
  line: canonicalLine(kind, record, { trusted: true }),
  columns: storedColumns(kind, record),
  get record(): never {
    throw new Error('the record was read');
  },
});

it('prepares a change carrying its line and stored columns without its record, as from the record', () => {
  for (const change of records) expect(prepareChange(carried(change), true)).toEqual(prepareChange(change, true));
});

it('reads the record of an untrusted change, whatever it carries', () => {
  expect(() => prepareChange(carried(records[0] as Change), false)).toThrow('the record was read');
});
