import { ColumnHeads } from '../../ui/ColumnHeads.js';
import type { TokenSummary } from './api.js';
import { TokenRow } from './TokenRow.js';

/** A table of API tokens, newest first; never their secrets, which the server does not keep. */
export function TokenTable({
  tokens,
  caption,
  onRevoke,
}: {
  tokens: readonly TokenSummary[];
  caption: string;
  onRevoke: (token: TokenSummary) => Promise<void>;
}) {
  return (
    <table className="data-table token-table">
      <caption className="visually-hidden">{caption}</caption>
      <ColumnHeads columns={['Name', 'Id', 'Created', 'Expires', 'Status']} />
      <tbody>
        {tokens.map((token) => (
          <TokenRow key={token.id} token={token} onRevoke={onRevoke} />
        ))}
      </tbody>
    </table>
  );
}
