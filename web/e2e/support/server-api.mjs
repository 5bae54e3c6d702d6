// Direct calls to the server's HTTP API, to set up and look up what the browser tests then check.

export async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** POST /api/briefs with the text as the body; `publishedAt` (ISO 8601) is sent as the query parameter. */
export async function importBrief(serverUrl, text, { name, publishedAt } = {}) {
  const query = new URLSearchParams();
  if (name) query.set("name", name);
  if (publishedAt) query.set("publishedAt", publishedAt);
  const response = await fetch(`${serverUrl}/api/briefs?${query}`, {
    method: "POST",
    headers: { "Content-Type": "text/plain; charset=utf-8" },
    body: text,
  });
  if (response.status !== 201) throw new Error(`import failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Runs a writing Cypher statement; needs the server's admin key. */
export async function writeCypher(serverUrl, adminKey, query, parameters = {}) {
  const response = await fetch(`${serverUrl}/api/cypher`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Admin-Key": adminKey },
    body: JSON.stringify({ query, parameters }),
  });
  if (!response.ok) throw new Error(`Cypher write failed: ${response.status} ${await response.text()}`);
  return response.json();
}
