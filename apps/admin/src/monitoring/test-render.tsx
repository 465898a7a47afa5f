import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { messages } from '../messages';

/** A component of these pages as static markup, wrapped as the portal wraps it; no request leaves. */
export function render(node: ReactNode): string {
  const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
  return renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <ApolloProvider client={client}>
        <MemoryRouter>{node}</MemoryRouter>
      </ApolloProvider>
    </I18nProvider>,
  );
}

/** How many times a piece of markup occurs. */
export const count = (html: string, text: string) => html.split(text).length - 1;
