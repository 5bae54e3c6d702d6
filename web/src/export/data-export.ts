import type { ViewGraph } from "../graph/store";

/** Characters XML 1.0 cannot carry even escaped (control characters from extracted text, lone surrogates). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function propertyText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The graph in view in the API's own value shapes. */
export function viewToJson(graph: ViewGraph): string {
  return JSON.stringify({
    nodes: graph.mapNodes((key, a) => ({ id: a.elementId, key, labels: ["Entity", a.entityType], properties: a.properties })),
    relationships: graph.mapEdges((_id, a, source, target) => ({
      id: a.elementId,
      type: a.relType,
      start: graph.getNodeAttribute(source, "elementId"),
      end: graph.getNodeAttribute(target, "elementId"),
      properties: a.properties,
    })),
  }, null, 2);
}

/** GraphML with one key per property name; lists and maps are written as JSON text. */
export function viewToGraphMl(graph: ViewGraph): string {
  const nodeKeys = new Set<string>(["labels"]);
  const edgeKeys = new Set<string>(["type"]);
  graph.forEachNode((_k, a) => Object.keys(a.properties).forEach((p) => nodeKeys.add(p)));
  graph.forEachEdge((_k, a) => Object.keys(a.properties).forEach((p) => edgeKeys.add(p)));
  const keyLines = [
    ...[...nodeKeys].map((k) => `  <key id="n_${escapeXml(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="string"/>`),
    ...[...edgeKeys].map((k) => `  <key id="e_${escapeXml(k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="string"/>`),
  ];
  const data = (prefix: string, name: string, value: unknown) =>
    `      <data key="${prefix}_${escapeXml(name)}">${escapeXml(propertyText(value))}</data>`;
  const nodes = graph.mapNodes((key, a) => [
    `    <node id="${escapeXml(key)}">`,
    data("n", "labels", `:Entity:${a.entityType}`),
    ...Object.entries(a.properties).map(([name, value]) => data("n", name, value)),
    "    </node>",
  ].join("\n"));
  const edges = graph.mapEdges((id, a, source, target) => [
    `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
    data("e", "type", a.relType),
    ...Object.entries(a.properties).map(([name, value]) => data("e", name, value)),
    "    </edge>",
  ].join("\n"));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
    ...keyLines,
    `  <graph id="G" edgedefault="directed">`,
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
  ].join("\n");
}
