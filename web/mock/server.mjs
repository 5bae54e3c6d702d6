// A tiny stand-in for the GraphExplorer server (notes/api.md) for developing the app without
// .NET: a fixed graph, the REST endpoints, and the built app from wwwroot. No SignalR.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const port = Number(process.env.PORT ?? 5080);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/GraphExplorer.Server/wwwroot");
const now = Date.now();
const briefs = [
  { key: "b1", title: "Cambodia scam crackdown", file: "seed-cambodia-scam-crackdown.txt", importedAt: new Date(now - 3600e3).toISOString() },
  { key: "b2", title: "Thailand–Cambodia ceasefire", file: "08-thailand-cambodia-ceasefire.txt", importedAt: new Date(now - 1800e3).toISOString() },
];
const sentences = {
  s1: { key: "s1", text: "The government’s directive, issued by Prime Minister Hun Manet, signals a strategic shift towards zero tolerance.", section: "What's behind the headline?", index: 4, start: 0, end: 100 },
  s2: { key: "s2", text: "Amnesty International suggests that state complicity and corruption may undermine these efforts.", section: "What's behind the headline?", index: 5, start: 0, end: 90 },
  s3: { key: "s3", text: "The regional tensions with Thailand further complicate Cambodia’s security landscape.", section: "What's behind the headline?", index: 7, start: 0, end: 80 },
};
const entities = [
  ["person:hun-manet", "Hun Manet", "Person", ["Prime Minister Hun Manet"], "Prime Minister of Cambodia since 2023."],
  ["country:cambodia", "Cambodia", "Country", ["Cambodian"], "A country in Southeast Asia."],
  ["country:thailand", "Thailand", "Country", [], "A country in Southeast Asia."],
  ["organization:amnesty-international", "Amnesty International", "Organization", ["Amnesty"], "A human rights NGO."],
  ["organization:united-nations", "United Nations", "Organization", ["UN"], "An intergovernmental organization."],
  ["outlet:al-jazeera", "Al Jazeera", "Outlet", [], null],
  ["event:cambodia-online-scam-crackdown", "Cambodia online scam crackdown", "Event", [], null],
];
const nodes = entities.map(([key, name, type, aliases, description], i) => ({
  id: `n${i}`, key, labels: ["Entity", type],
  properties: { key, name, aliases, description, firstSeen: briefs[0].importedAt, lastSeen: briefs[1].importedAt },
}));
const byKey = new Map(nodes.map((n) => [n.key, n]));
let rels = [
  ["person:hun-manet", "LEADS", "country:cambodia", ["b1"], [], ["s1"]],
  ["organization:amnesty-international", "ALLEGES", "country:cambodia", ["b1"], ["outlet:al-jazeera"], ["s2"], "state complicity"],
  ["country:cambodia", "TENSION_WITH", "country:thailand", ["b1", "b2"], ["outlet:al-jazeera"], ["s3"]],
  ["country:cambodia", "INVOLVED_IN", "event:cambodia-online-scam-crackdown", ["b1"], [], ["s1"]],
  ["outlet:al-jazeera", "REPORTS_ON", "event:cambodia-online-scam-crackdown", ["b1"], [], ["s2"]],
  ["organization:united-nations", "CRITICIZES", "country:cambodia", ["b1"], [], ["s2"]],
].map(([from, type, to, briefKeys, outlets, sents, claim], i) => ({
  id: `r${i}`, type, start: byKey.get(from).id, end: byKey.get(to).id,
  properties: { briefs: briefKeys, outlets, sentences: sents, confidence: 0.8, ...(claim ? { claim } : {}) },
}));
const nodeById = new Map(nodes.map((n) => [n.id, n]));
const typeOf = (n) => n.labels.find((l) => l !== "Entity");

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "Content-Type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}
const problem = (res, status, title, extra = {}) => send(res, status, { type: "about:blank", title, status, detail: title, code: null, position: null, ...extra });
const readBody = (req) => new Promise((resolve) => { let data = ""; req.on("data", (c) => (data += c)); req.on("end", () => resolve(data)); });

function neighbours(key, url) {
  const center = byKey.get(key);
  const types = url.searchParams.get("types")?.split(",");
  const relTypes = url.searchParams.get("relTypes")?.split(",");
  const limit = Number(url.searchParams.get("limit") ?? 100);
  const offset = Number(url.searchParams.get("offset") ?? 0);
  const touching = rels.filter((r) => (r.start === center.id || r.end === center.id) && (!relTypes || relTypes.includes(r.type)))
    .filter((r) => !types || types.includes(typeOf(nodeById.get(r.start === center.id ? r.end : r.start))));
  const page = touching.slice(offset, offset + limit);
  return { center, nodes: page.map((r) => nodeById.get(r.start === center.id ? r.end : r.start)), relationships: page, total: touching.length, offset, limit };
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const p = decodeURIComponent(url.pathname);
  let m;
  if (p === "/api/entities") {
    const q = (url.searchParams.get("q") ?? "").toLowerCase();
    return send(res, 200, nodes.filter((n) => n.properties.name.toLowerCase().includes(q)).map((n) => ({
      key: n.key, name: n.properties.name, type: typeOf(n), aliases: n.properties.aliases,
      degree: rels.filter((r) => r.start === n.id || r.end === n.id).length })));
  }
  if ((m = /^\/api\/entities\/([^/]+)\/neighbours$/.exec(p))) {
    return byKey.has(m[1]) ? send(res, 200, neighbours(m[1], url)) : problem(res, 404, "Unknown entity");
  }
  if ((m = /^\/api\/entities\/([^/]+)$/.exec(p))) {
    const n = byKey.get(m[1]);
    if (!n) return problem(res, 404, "Unknown entity");
    const counts = {};
    for (const r of rels) if (r.start === n.id || r.end === n.id) counts[r.type] = (counts[r.type] ?? 0) + 1;
    return send(res, 200, { key: n.key, name: n.properties.name, type: typeOf(n), aliases: n.properties.aliases, description: n.properties.description,
      firstSeen: n.properties.firstSeen, lastSeen: n.properties.lastSeen, node: n, mentions: 3, relationshipCounts: counts, briefs });
  }
  if ((m = /^\/api\/relationships\/(.+)\/evidence$/.exec(p))) {
    const r = rels.find((x) => x.id === m[1]);
    if (!r) return problem(res, 404, "Unknown relationship");
    return send(res, 200, { relationship: r, source: nodeById.get(r.start), target: nodeById.get(r.end),
      evidence: r.properties.sentences.map((s) => ({ brief: briefs[0], sentence: sentences[s], outlets: r.properties.outlets.map((o) => ({ key: o, name: byKey.get(o).properties.name })) })) });
  }
  if (p === "/api/paths") {
    const from = byKey.get(url.searchParams.get("from")), to = byKey.get(url.searchParams.get("to"));
    const prev = new Map([[from.id, null]]); const queue = [from.id];
    while (queue.length) { const id = queue.shift(); for (const r of rels) { const other = r.start === id ? r.end : r.end === id ? r.start : null; if (other && !prev.has(other)) { prev.set(other, r); queue.push(other); } } }
    if (!prev.has(to.id)) return send(res, 200, { paths: [] });
    const pathNodes = [to], pathRels = []; let id = to.id;
    while (prev.get(id)) { const r = prev.get(id); pathRels.unshift(r); id = r.start === id ? r.end : r.start; pathNodes.unshift(nodeById.get(id)); }
    return send(res, 200, { paths: [{ nodes: pathNodes, relationships: pathRels }] });
  }
  if (p === "/api/briefs" && req.method === "POST") {
    const text = await readBody(req);
    if (!text.trim()) return problem(res, 400, "Empty brief");
    const brief = { key: `b${briefs.length + 1}`, title: text.split("\n")[0].slice(0, 60), file: url.searchParams.get("name") ?? "brief.txt", importedAt: new Date().toISOString() };
    briefs.push(brief);
    return send(res, 201, { brief, skipped: false, entitiesAdded: 0, relationshipsAdded: 0, nodes: [], relationships: [] });
  }
  if (p === "/api/briefs") return send(res, 200, briefs.map((b) => ({ ...b, publishedAt: null, sentenceCount: 3, entityCount: 7 })));
  if ((m = /^\/api\/briefs\/(.+)$/.exec(p))) {
    const b = briefs.find((x) => x.key === m[1]);
    if (!b) return problem(res, 404, "Unknown brief");
    return send(res, 200, { ...b, publishedAt: null, sentences: Object.values(sentences),
      entities: nodes.map((n) => ({ key: n.key, name: n.properties.name, type: typeOf(n), aliases: n.properties.aliases, sentences: [] })), relationships: rels });
  }
  if (p === "/api/cypher") {
    const { query } = JSON.parse((await readBody(req)) || "{}");
    if (/ERROR/.test(query)) return problem(res, 400, "Invalid input", { code: "Neo.ClientError.Statement.SyntaxError", detail: "Invalid input 'ERROR'", position: { offset: query.indexOf("ERROR"), line: 1, column: query.indexOf("ERROR") + 1 } });
    const leads = rels.filter((r) => r.type === "LEADS");
    return send(res, 200, { columns: ["leader", "led"], rows: leads.map((r) => [nodeById.get(r.start).properties.name, nodeById.get(r.end).properties.name]),
      graph: { nodes: leads.flatMap((r) => [nodeById.get(r.start), nodeById.get(r.end)]), relationships: leads }, stats: {}, truncated: false });
  }
  if (p === "/api/schema") return send(res, 200, { labels: ["Entity", "Person", "Country", "Organization", "Event", "Outlet", "Brief", "Sentence"], relationshipTypes: [...new Set(rels.map((r) => r.type))], propertyKeys: ["key", "name", "aliases", "description", "briefs", "claim"] });
  if (p.startsWith("/hubs/")) return send(res, 404, "no hub in the mock", "text/plain");
  const file = path.join(root, p === "/" ? "index.html" : p);
  if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile()) {
    const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
    return send(res, 200, fs.readFileSync(file), types[path.extname(file)] ?? "application/octet-stream");
  }
  send(res, 404, "not found", "text/plain");
});
server.listen(port, "127.0.0.1", () => console.log(`mock on http://127.0.0.1:${port}`));
