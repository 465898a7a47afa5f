// Monaco's language services run in web workers; this entry bundles them with Vite's `?worker`.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const fetcher: Fetcher = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const DEFAULT_QUERY = `# ▶ atau Ctrl+Enter: jalankan / run
{
  statistics {
    totalUnits
    byPredicate {
      predicate
      units
    }
  }
  units(first: 5) {
    totalCount
    nodes {
      name
      currentStage
      instansi {
        name
      }
    }
  }
}
`;

/** GraphiQL on the public endpoint, bundled with the site and loaded only on the API page. */
export default function GraphiqlExplorer() {
  return (
    <div className="explorer" data-testid="graphiql">
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={DEFAULT_QUERY}
        isHeadersEditorEnabled={false}
        forcedTheme="light"
      />
    </div>
  );
}
