import { useState, type ReactNode } from 'react';
import { useApi } from '../../api/use-api.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { ownTokensPath, revokeOwnToken, type NewToken, type TokenSummary } from './api.js';
import { NewSecret } from './NewSecret.js';
import { NewTokenForm } from './NewTokenForm.js';
import { TokenTable } from './TokenTable.js';

/** The signed-in user's API tokens: create one (its secret shown once), list them, revoke one. */
export function OwnTokens() {
  const [all, setAll] = useState(false);
  const loaded = useApi(ownTokensPath(all));
  // Changes made here, laid over the list as loaded, so nothing is fetched twice.
  const [created, setCreated] = useState<TokenSummary[]>([]);
  const [revoked, setRevoked] = useState<Map<string, TokenSummary>>(new Map());
  const [fresh, setFresh] = useState<NewToken | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const onCreated = (token: NewToken) => {
    setFresh(token);
    setNotice(undefined);
    setCreated((list) => [token.token, ...list]);
  };
  const onRevoke = async (token: TokenSummary) => {
    await revokeOwnToken(token.id);
    setRevoked((map) => new Map(map).set(token.id, { ...token, status: 'revoked', revokedAt: new Date().toISOString() }));
    setNotice(`Token “${token.name}” revoked.`);
    if (fresh?.token.id === token.id) setFresh(undefined);
  };

  let list: ReactNode;
  if (loaded.state === 'loading') list = <Loading label="your tokens" />;
  else if (loaded.state === 'failed') list = <ErrorNotice what="tokens" error={loaded.error} />;
  else {
    const known = new Set(loaded.data.tokens.map((token) => token.id));
    const tokens = [...created.filter((token) => !known.has(token.id)), ...loaded.data.tokens]
      .map((token) => revoked.get(token.id) ?? token)
      .filter((token) => all || token.status === 'active');
    list =
      tokens.length === 0 ? (
        <EmptyState>
          {all ? 'You have no tokens.' : 'You have no active tokens.'} Create one above for a script that reads or writes through the API.
        </EmptyState>
      ) : (
        <TokenTable tokens={tokens} caption="Your API tokens" onRevoke={onRevoke} />
      );
  }
  return (
    <section className="account-section panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title" className="account-section__title">
        API tokens
      </h2>
      <p className="meta account-section__lede">
        A token lets a script act as you, with your role, without your password. Give each script its own token so you can revoke one without the others.
      </p>
      <NewTokenForm onCreated={onCreated} />
      {fresh ? <NewSecret key={fresh.token.id} name={fresh.token.name} secret={fresh.secret} onDone={() => setFresh(undefined)} /> : null}
      <div className="account-section__list-head">
        <h3 className="account-section__subtitle">Your tokens</h3>
        <label className="check">
          <input type="checkbox" checked={all} onChange={(event) => setAll(event.target.checked)} /> Include revoked and expired
        </label>
      </div>
      {notice ? (
        <p className="meta account-section__notice" role="status">
          {notice}
        </p>
      ) : null}
      {list}
    </section>
  );
}
