import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { isTranscriptError } from '../core/transcript-model.ts';

/** Plain-words error page for a route that failed: never a stack trace, always a way back. */
export function RouteError() {
  const error = useRouteError();
  let message = 'This page does not exist.';
  if (isTranscriptError(error)) message = error.message;
  else if (isRouteErrorResponse(error)) message = error.status === 404 ? 'This call is not in your library.' : error.statusText;
  else if (error instanceof Error) message = 'Something went wrong while showing this page. Your library is unchanged.';
  return (
    <main className="route-error">
      <div role="alert">
        <h1>Cannot show this page</h1>
        <p>{message}</p>
      </div>
      <p>
        <Link to="/">Back to the library</Link>
      </p>
    </main>
  );
}
