import type { FieldChange } from './model.js';

/** A field-by-field before and after; a creation (nothing before) lists its values alone. */
export function FieldChanges({ changes }: { changes: readonly FieldChange[] }) {
  const created = changes.every((change) => change.before === undefined);
  return (
    <table className={`audit-diff${created ? ' audit-diff--created' : ''}`}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {created ? (
            <th scope="col">Value</th>
          ) : (
            <>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">
              <code>{change.field}</code>
            </th>
            {created ? (
              <td>{change.after}</td>
            ) : (
              <>
                <td className={change.before === undefined ? 'audit-diff__absent' : 'audit-diff__before'}>{change.before ?? '—'}</td>
                <td className={change.after === undefined ? 'audit-diff__absent' : 'audit-diff__after'}>{change.after ?? '—'}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
