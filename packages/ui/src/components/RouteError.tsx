import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorMessage } from './ErrorMessage';

/** Shown in place of a page that failed to render, so the rest of the layout stays usable. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return <ErrorMessage message={message} />;
}
