import { oneOf } from '@zi/ui';

export const EXAMPLE_LANGUAGES = ['curl', 'javascript', 'python'] as const;
export type ExampleLanguage = (typeof EXAMPLE_LANGUAGES)[number];

export const EXAMPLE_LANGUAGE_NAMES: Record<ExampleLanguage, string> = {
  curl: 'curl',
  javascript: 'JavaScript (fetch)',
  python: 'Python (urllib)',
};

export const EXAMPLE_IDS = ['post', 'get', 'paging'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export type ApiExamples = Record<ExampleId, Record<ExampleLanguage, string>>;

/** The code the examples look up; the answer is `null` unless a pact has it. */
export const EXAMPLE_CODE = 'PI-7Y9D-CB2Z';

const STATISTICS_QUERY = '{ statistics { totalUnits byStage { stage units } } }';
const VERIFY_QUERY =
  'query ($code: String!) { verifyPact(code: $code) { signedOn leaderName unit { name } } }';
const PAGE_QUERY =
  'query ($after: String) { units(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id name currentStage } } }';

function postExamples(endpoint: string): Record<ExampleLanguage, string> {
  return {
    curl: `curl -s ${endpoint} \\
  -H 'Content-Type: application/json' \\
  -d '{"query": "${STATISTICS_QUERY}"}'`,
    javascript: `const response = await fetch('${endpoint}', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    query: '${STATISTICS_QUERY}',
  }),
});
const { data, errors } = await response.json();
console.log(data.statistics.totalUnits);`,
    python: `import json
import urllib.request

query = "${STATISTICS_QUERY}"
request = urllib.request.Request(
    "${endpoint}",
    data=json.dumps({"query": query}).encode(),
    headers={"Content-Type": "application/json"},
)
with urllib.request.urlopen(request) as response:
    result = json.load(response)
print(result["data"]["statistics"]["totalUnits"])`,
  };
}

function getExamples(endpoint: string): Record<ExampleLanguage, string> {
  return {
    curl: `curl -s -G ${endpoint} \\
  --data-urlencode 'query=${VERIFY_QUERY}' \\
  --data-urlencode 'variables={"code": "${EXAMPLE_CODE}"}'`,
    javascript: `const params = new URLSearchParams({
  query: '${VERIFY_QUERY}',
  variables: JSON.stringify({ code: '${EXAMPLE_CODE}' }),
});
const response = await fetch(\`${endpoint}?\${params}\`);
const { data } = await response.json();
console.log(data.verifyPact);`,
    python: `import json
import urllib.parse
import urllib.request

params = urllib.parse.urlencode({
    "query": "${VERIFY_QUERY}",
    "variables": json.dumps({"code": "${EXAMPLE_CODE}"}),
})
with urllib.request.urlopen("${endpoint}?" + params) as response:
    result = json.load(response)
print(result["data"]["verifyPact"])`,
  };
}

function pagingExamples(endpoint: string): Record<ExampleLanguage, string> {
  return {
    curl: `QUERY='${PAGE_QUERY}'
after=null
while :; do
  page=$(jq -n --arg q "$QUERY" --argjson after "$after" '{query: $q, variables: {after: $after}}' |
    curl -s ${endpoint} -H 'Content-Type: application/json' -d @-)
  echo "$page" | jq -r '.data.units.nodes[] | [.id, .name, .currentStage] | @tsv'
  [ "$(echo "$page" | jq '.data.units.pageInfo.hasNextPage')" = true ] || break
  after=$(echo "$page" | jq '.data.units.pageInfo.endCursor')
done`,
    javascript: `const query = '${PAGE_QUERY}';
const units = [];
let after = null;
do {
  const response = await fetch('${endpoint}', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables: { after } }),
  });
  const { data } = await response.json();
  units.push(...data.units.nodes);
  after = data.units.pageInfo.hasNextPage ? data.units.pageInfo.endCursor : null;
} while (after);
console.log(units.length);`,
    python: `import json
import urllib.request

query = "${PAGE_QUERY}"
units, after = [], None
while True:
    request = urllib.request.Request(
        "${endpoint}",
        data=json.dumps({"query": query, "variables": {"after": after}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request) as response:
        page = json.load(response)["data"]["units"]
    units += page["nodes"]
    if not page["pageInfo"]["hasNextPage"]:
        break
    after = page["pageInfo"]["endCursor"]
print(len(units))`,
  };
}

/** Copy-paste examples against this site's own endpoint, in each language. */
export function apiExamples(origin: string): ApiExamples {
  const endpoint = `${origin}/graphql`;
  return { post: postExamples(endpoint), get: getExamples(endpoint), paging: pagingExamples(endpoint) };
}

/** The language of the examples, from the URL; curl when absent or unknown. */
export function exampleLanguageOf(search: URLSearchParams): ExampleLanguage {
  return oneOf(EXAMPLE_LANGUAGES, search.get('example')) ?? 'curl';
}
