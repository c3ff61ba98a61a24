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
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Id</th>
          <th scope="col">Created</th>
          <th scope="col">Expires</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <TokenRow key={token.id} token={token} onRevoke={onRevoke} />
        ))}
      </tbody>
    </table>
  );
}
