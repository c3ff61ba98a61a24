import { useState } from 'react';
import { ApiError, getJson } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { auditPath, type AuditFilter, type AuditPage } from './api.js';
import { AdminsOnly } from './AdminsOnly.js';
import { AuditEntryItem } from './AuditEntryItem.js';

/** The filtered log, one page at a time; "Load more" follows the page's `next`. Keyed by filter, so a new filter starts over. */
export function AuditEntries({ filter }: { filter: AuditFilter }) {
  const first = useApi(auditPath(filter));
  const [more, setMore] = useState<AuditPage[]>([]);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<ApiError | undefined>(undefined);
  if (first.state === 'loading') return <Loading label="audit log" />;
  if (first.state === 'failed') return first.error.status === 403 ? <AdminsOnly /> : <ErrorNotice what="audit log" error={first.error} />;
  const pages = [first.data, ...more];
  const entries = pages.flatMap((page) => page.entries);
  const next = pages.at(-1)?.next;
  if (entries.length === 0) return <EmptyState>No audit entries match these filters.</EmptyState>;
  const loadMore = async () => {
    if (next === undefined) return;
    setLoading(true);
    setProblem(undefined);
    try {
      const page = await getJson<AuditPage>(auditPath(filter, next));
      setMore((pages) => [...pages, page]);
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, 'client', 'the response could not be read', { cause: error }));
    } finally {
      setLoading(false);
    }
  };
  return (
    <section aria-label="Audit entries">
      <p className="meta audit__count">
        {entries.length} {entries.length === 1 ? 'entry' : 'entries'} shown{next !== undefined ? '; more follow' : ''}.
      </p>
      <ol className="audit-list">
        {entries.map((entry) => (
          <AuditEntryItem key={entry.seq} entry={entry} />
        ))}
      </ol>
      {problem ? <ErrorNotice what="next page" error={problem} /> : null}
      {next !== undefined ? (
        <p className="audit__more">
          <button className="button" type="button" onClick={() => void loadMore()} disabled={loading}>
            {loading ? 'Loading…' : 'Load more'}
          </button>
        </p>
      ) : (
        <p className="meta audit__end">End of the log.</p>
      )}
    </section>
  );
}
