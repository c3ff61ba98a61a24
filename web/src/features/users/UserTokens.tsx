import { useState } from 'react';
import { useApi } from '../../api/use-api.js';
import { hrefOf } from '../../routing/route.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import type { TokenSummary } from '../account/api.js';
import { TokenTable } from '../account/TokenTable.js';
import { revokeUserToken, userTokensPath } from './api.js';

/** One user's API tokens for an administrator, who may revoke any of them. Keyed by user and state, so a disabled user's list is read again. */
export function UserTokens({ name }: { name: string }) {
  const [all, setAll] = useState(false);
  const loaded = useApi(userTokensPath(name, all));
  const [revoked, setRevoked] = useState<Map<string, TokenSummary>>(new Map());
  const onRevoke = async (token: TokenSummary) => {
    await revokeUserToken(name, token.id);
    setRevoked((map) => new Map(map).set(token.id, { ...token, status: 'revoked', revokedAt: new Date().toISOString() }));
  };
  return (
    <section className="account-section panel user-tokens" aria-labelledby="user-tokens-title">
      <div className="account-section__list-head">
        <h2 id="user-tokens-title" className="account-section__title">
          Tokens of {name}
        </h2>
        <label className="check">
          <input type="checkbox" checked={all} onChange={(event) => setAll(event.target.checked)} /> Include revoked and expired
        </label>
        <a className="user-tokens__close" href={hrefOf({ view: 'users' })}>
          Close
        </a>
      </div>
      <Async value={loaded} what={`tokens of ${name}`}>
        {(data) => {
          const tokens = data.tokens.map((token) => revoked.get(token.id) ?? token).filter((token) => all || token.status === 'active');
          return tokens.length === 0 ? (
            <EmptyState>
              {name} has no {all ? '' : 'active '}API tokens. Users create their own on their Account page.
            </EmptyState>
          ) : (
            <TokenTable tokens={tokens} caption={`API tokens of ${name}`} onRevoke={onRevoke} />
          );
        }}
      </Async>
    </section>
  );
}
