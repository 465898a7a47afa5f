import { RouteError } from '@zi/ui';
import { Outlet, type RouteObject, ScrollRestoration } from 'react-router';
import { SignedIn } from './auth/SignedIn';
import { NotFoundPage } from './NotFoundPage';
import { linksOf, type Section } from './section';
import * as portal from './sections';

function Root() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

const sections: readonly Section[] = Object.values(portal);

/** The sections' pages that are, or are not, opened without a session. */
function pages(open: boolean): RouteObject[] {
  return sections.flatMap((section) =>
    (section.routes ?? [])
      .filter((route) => Boolean(route.public) === open)
      .map((route) =>
        'index' in route
          ? { index: true, Component: route.page }
          : { path: route.path, Component: route.page },
      ),
  );
}

/** The portal's routes, under /admin/: the public pages, then the rest behind SignedIn. */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      ...pages(true),
      {
        element: <SignedIn links={linksOf(sections)} />,
        children: [...pages(false), { path: '*', Component: NotFoundPage }],
      },
    ],
  },
];
