import { useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf, type Route } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { useSticky } from '../map/use-sticky.js';
import type { ClaimCredibility } from '../../api/types.js';
import { decide, type Decision, type ReviewKind } from './api.js';
import { DecisionLog, type LoggedDecision } from './DecisionLog.js';
import { GRADES } from './GradeChoice.js';
import { isMergeable, namesWithProposals, titleOf } from './model.js';
import { QueueList } from './QueueList.js';
import { ReviewCard, type CardMode } from './ReviewCard.js';
import { ReviewerField } from './ReviewerField.js';
import { ShortcutBar } from './ShortcutBar.js';
import { useReviewer } from './use-reviewer.js';
import { useShortcuts } from './use-shortcuts.js';

type ReviewRoute = Extract<Route, { view: 'review' }>;

/** A decision as the page asks for it; an acceptance gets the reviewer's grade when it is sent. */
type Request =
  { action: 'accept' } | { action: 'reject' } | { action: 'edit'; value: Record<string, unknown>; accept: boolean } | { action: 'merge'; into: string };

/** Characters of source text shown on each side of the passage. */
const CONTEXT = 320;
const KINDS: { kind?: ReviewKind; label: string }[] = [
  { label: 'All' },
  { kind: 'actor', label: 'Actors' },
  { kind: 'relation', label: 'Relations' },
  { kind: 'event', label: 'Events' },
  { kind: 'place', label: 'Places' },
];

/** The review queue: proposed claims one at a time, with their passage, decided by button or key. */
export function ReviewView({ route }: { route: ReviewRoute }) {
  useDocumentTitle('Review');
  const [reviewer, setReviewer, reviewerFixed] = useReviewer();
  const [refresh, setRefresh] = useState(0);
  const queue = useSticky(
    useApi(apiGet('/review/claims', { query: { limit: '500', context: String(CONTEXT), ...(route.kind ? { kind: route.kind } : {}), seq: String(refresh) } })),
  );
  const actors = useApi(apiGet('/actors', {}));
  const places = useApi(apiGet('/places', {}));
  const [currentId, setCurrentId] = useState<string | undefined>(undefined);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [mode, setMode] = useState<CardMode>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [missingName, setMissingName] = useState(false);
  const [grade, setGrade] = useState<ClaimCredibility | undefined>(undefined);
  const [missingGrade, setMissingGrade] = useState(false);
  const gradeField = useRef<HTMLSelectElement>(null);
  const [help, setHelp] = useState(false);
  const [log, setLog] = useState<LoggedDecision[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const nameField = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const items = useMemo(() => (queue.state === 'ready' ? queue.data.items.filter((i) => !hidden.has(i.claim.id)) : []), [queue, hidden]);
  const names = useMemo(() => {
    const recorded = new Map<string, string>();
    for (const a of actors.state === 'ready' ? actors.data : []) recorded.set(a.id, a.name);
    for (const p of places.state === 'ready' ? places.data : []) recorded.set(p.id, p.name);
    return namesWithProposals(recorded, items);
  }, [actors, places, items]);
  const index = Math.max(
    0,
    items.findIndex((i) => i.claim.id === currentId),
  );
  const current = items[index];

  const show = (id: string | undefined) => {
    setCurrentId(id);
    setMode('view');
    setError(undefined);
    setGrade(undefined);
    setMissingGrade(false);
  };
  const step = (by: number) => {
    const next = items[index + by];
    if (next) show(next.claim.id);
    heading.current?.focus();
  };

  /** The request with the grade it needs, or undefined (and the grade asked for) when an acceptance has none. */
  const graded = (request: Request): Decision | undefined => {
    // A merge accepts the proposal's evidence on the recorded record: graded like an acceptance.
    const accepting = request.action === 'accept' || request.action === 'merge' || (request.action === 'edit' && request.accept);
    if (!accepting) return request.action === 'edit' ? { ...request, accept: false } : (request as Decision);
    if (grade === undefined) {
      setMissingGrade(true);
      gradeField.current?.focus();
      return undefined;
    }
    if (request.action === 'merge') return { ...request, credibility: grade };
    return request.action === 'edit' ? { ...request, accept: true, credibility: grade } : { action: 'accept', credibility: grade };
  };

  const run = async (request: Request) => {
    if (!current || busy) return;
    if (!reviewer.trim()) {
      setMissingName(true);
      nameField.current?.focus();
      return;
    }
    const decision = graded(request);
    if (!decision) return;
    setBusy(true);
    setError(undefined);
    try {
      const claim = await decide(current.claim.id, reviewer.trim(), decision);
      const outcome = decision.action === 'merge' ? 'merged' : decision.action === 'edit' && claim.status === 'proposed' ? 'edited' : claim.status;
      const title = titleOf(current, names);
      setLog((l) => [{ title, claim, outcome: outcome as LoggedDecision['outcome'] }, ...l]);
      if (claim.status === 'proposed') {
        // Edited but kept for later: stay on it (a relation's claim may have a new id now).
        setCurrentId(claim.id);
      } else {
        const next = items[index + 1] ?? items[index - 1];
        setHidden((h) => new Set([...h, current.claim.id]));
        setCurrentId(next?.claim.id);
      }
      setMode('view');
      setGrade(undefined);
      setMissingGrade(false);
      setAnnouncement(`${title}: ${outcome}.`);
      setRefresh((n) => n + 1);
      heading.current?.focus();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'client', 'the decision could not be sent', { cause: failure }));
    } finally {
      setBusy(false);
    }
  };

  useShortcuts({
    a: () => void run({ action: 'accept' }),
    r: () => void run({ action: 'reject' }),
    e: () => current && setMode('edit'),
    m: () => current !== undefined && isMergeable(current) && setMode('merge'),
    j: () => step(1),
    k: () => step(-1),
    '?': () => setHelp((h) => !h),
    ...Object.fromEntries(GRADES.map((g) => [String(g), () => current && chooseGrade(g)])),
  });

  function chooseGrade(g: ClaimCredibility | undefined) {
    setGrade(g);
    if (g !== undefined) setMissingGrade(false);
  }

  // Decided items stay hidden until the refreshed queue no longer lists them.
  const total = queue.state === 'ready' ? queue.data.total - queue.data.items.filter((i) => hidden.has(i.claim.id)).length : undefined;
  return (
    <div className="review-page">
      <header className="review-head">
        <div>
          <h1>Review queue</h1>
          <p className="view-head__lede">
            Proposals from ingested documents wait here until a reviewer accepts, edits, merges or rejects them; nothing becomes a fact before.
            {total !== undefined ? ` ${Math.max(0, total)} waiting${route.kind ? ` (${route.kind}s)` : ''}.` : ''}
          </p>
        </div>
        <ReviewerField
          ref={nameField}
          name={reviewer}
          fixed={reviewerFixed}
          missing={missingName && !reviewer.trim()}
          onChange={(name) => {
            setReviewer(name);
            if (name.trim()) setMissingName(false);
          }}
        />
      </header>
      <div className="review-toolbar">
        <nav aria-label="Kinds of proposal" className="review-kinds">
          {KINDS.map(({ kind, label }) => (
            <a key={label} href={hrefOf(kind ? { view: 'review', kind } : { view: 'review' })} aria-current={route.kind === kind ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <ShortcutBar open={help} onToggle={() => setHelp((h) => !h)} />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {queue.state === 'loading' ? (
        <Loading label="proposals" />
      ) : queue.state === 'failed' ? (
        <ErrorNotice what="review queue" error={queue.error} />
      ) : !current ? (
        <EmptyState>
          No proposals are waiting{route.kind ? ` among ${route.kind}s` : ''}. Ingest a document (<code>faultline ingest report.pdf</code>) to have the
          extractor propose claims.
        </EmptyState>
      ) : (
        <div className="review-layout">
          <QueueList items={items} current={current.claim.id} names={names} onPick={(id) => show(id)} />
          <ReviewCard
            item={current}
            position={{ n: index + 1, of: items.length }}
            names={names}
            context={CONTEXT}
            mode={mode}
            busy={busy}
            error={error}
            headingRef={heading}
            grade={grade}
            gradeMissing={missingGrade}
            gradeRef={gradeField}
            onGrade={chooseGrade}
            onAccept={() => void run({ action: 'accept' })}
            onReject={() => void run({ action: 'reject' })}
            onMode={setMode}
            onSave={(value, accept) => void run({ action: 'edit', value, accept })}
            onMerge={(into) => void run({ action: 'merge', into })}
          />
        </div>
      )}
      <DecisionLog decisions={log} />
    </div>
  );
}
