import '@zi/ui/styles.css';
import './styles/index.css';
import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider } from '@zi/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { client } from './apollo';
import { messages } from './messages';
import { router } from './router';
// After the sections' styles: a dialog's rules win over those of the page that opens it.
import './styles/dialog.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <I18nProvider messages={messages}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
