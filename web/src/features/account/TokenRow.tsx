import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import { Problem } from '../../ui/Problem.js';
import type { TokenSummary } from './api.js';
import { describeStatus, formatDay } from './model.js';

/** One token: what it is for, its public id, dates and state, and a revoke button that asks first. */
export function TokenRow({ token, onRevoke }: { token: TokenSummary; onRevoke: (token: TokenSummary) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const revoke = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await onRevoke(token);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'the token could not be revoked');
      setBusy(false);
    }
  };
  return (
    <tr className={`token-row token-row--${token.status}`}>
      <th scope="row" className="token-row__name break">
        {token.name}
      </th>
      <td>
        <code className="token-row__id">{token.id}</code>
      </td>
      <td>{formatDay(token.createdAt)}</td>
      <td>{token.expiresAt ? formatDay(token.expiresAt) : 'never'}</td>
      <td>
        <span className={`tag token-row__status token-row__status--${token.status}`}>{describeStatus(token)}</span>
      </td>
      <td className="token-row__actions">
        <div className="row-actions">
          {token.status !== 'active' ? null : (
            <ConfirmAction
              ask={`Revoke ${token.name}?`}
              question="Revoke? Scripts using it stop working."
              open={{ text: 'Revoke…', className: 'button button--small', ariaLabel: `Revoke token ${token.name}` }}
              confirm="Revoke"
              working="Revoking…"
              keep="Keep"
              busy={busy}
              onConfirm={() => void revoke()}
            />
          )}
        </div>
        <Problem message={problem} />
      </td>
    </tr>
  );
}
