import type { ApiError } from '../api/client.js';

const HINTS: Record<string, string> = {
  not_found: 'It may have been renamed or merged, or the link is mistyped.',
  network: 'Check that the Faultline server is running, then reload the page.',
};

/** An error from the API, in words, with its stable code for reports. */
export function ErrorNotice({ what, error }: { what: string; error: ApiError }) {
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{error.status === 404 ? `No ${what} found.` : `The ${what} could not be loaded.`}</p>
      <p>{error.message}</p>
      {HINTS[error.code] ? <p>{HINTS[error.code]}</p> : null}
      <p className="state__code">
        Error code: <code>{error.code}</code>
      </p>
    </div>
  );
}
