import { describe, expect, it } from "vitest";
import { viewToGraphMl, viewToJson } from "../../src/export/data-export";
import { GraphStore } from "../../src/graph/store";
import { entity, relationship } from "./api-values";
import { elements, parseXml, type XmlElement } from "./xml-tree";

const tricky = `Smith & Sons <"Ltd"> 'quoted'`;
const ann = entity("person:ann", "Person", { name: tricky, aliases: ["A. Lee", "Ann <L>"], mentions: 12, verified: true, note: null });
const acme = entity("organization:acme", "Organization", { name: "Acme" }, "4:db:7");
const leads = relationship("5:db:1", "LEADS", ann, acme, { briefs: ["brief:b1", "brief:b2"], since: "2023-08-22" });

function view() {
  const store = new GraphStore();
  store.addAll([ann, acme], [leads]);
  return store.graph;
}

/** The data of one GraphML node or edge, by attribute name through the key declarations. */
function dataOf(document: XmlElement, element: XmlElement): Record<string, string> {
  const names = new Map(elements(document, "key").map((k) => [k.attributes.id, k.attributes["attr.name"]]));
  return Object.fromEntries(element.children.filter((c) => c.name === "data").map((d) => [names.get(d.attributes.key), d.text]));
}

describe("JSON export", () => {
  it("writes the nodes and relationships in view in the API's value shapes", () => {
    const exported = JSON.parse(viewToJson(view()));
    expect(exported.nodes).toEqual([
      { id: ann.id, key: "person:ann", labels: ["Entity", "Person"], properties: ann.properties },
      { id: "4:db:7", key: "organization:acme", labels: ["Entity", "Organization"], properties: acme.properties },
    ]);
    expect(exported.relationships).toEqual([
      { id: "5:db:1", type: "LEADS", start: ann.id, end: "4:db:7", properties: leads.properties },
    ]);
  });

  it("writes an empty view as empty lists", () => {
    expect(JSON.parse(viewToJson(new GraphStore().graph))).toEqual({ nodes: [], relationships: [] });
  });
});

describe("GraphML export", () => {
  it("is well-formed XML in the GraphML namespace with one directed graph", () => {
    const document = parseXml(viewToGraphMl(view()));
    expect(document.children.map((c) => c.name)).toEqual(["graphml"]);
    expect(document.children[0].attributes.xmlns).toBe("http://graphml.graphdrawing.org/xmlns");
    const graphs = elements(document, "graph");
    expect(graphs).toHaveLength(1);
    expect(graphs[0].attributes.edgedefault).toBe("directed");
  });

  it("keeps every node and edge, with edges pointing at node ids in the file", () => {
    const document = parseXml(viewToGraphMl(view()));
    const nodeIds = elements(document, "node").map((n) => n.attributes.id);
    expect(nodeIds).toEqual(["person:ann", "organization:acme"]);
    const edges = elements(document, "edge");
    expect(edges.map((e) => [e.attributes.id, e.attributes.source, e.attributes.target]))
      .toEqual([["5:db:1", "person:ann", "organization:acme"]]);
  });

  it("declares a key for every property, for nodes and edges apart", () => {
    const document = parseXml(viewToGraphMl(view()));
    const keys = elements(document, "key").map((k) => `${k.attributes.for}:${k.attributes["attr.name"]}`);
    expect(keys.sort()).toEqual([
      "edge:briefs", "edge:since", "edge:type",
      "node:aliases", "node:key", "node:labels", "node:mentions", "node:name", "node:note", "node:verified",
    ]);
  });

  it("reads back text with markup characters exactly", () => {
    const document = parseXml(viewToGraphMl(view()));
    const [annNode] = elements(document, "node");
    expect(dataOf(document, annNode).name).toBe(tricky);
  });

  it("writes labels, types, and non-text values as JSON text", () => {
    const document = parseXml(viewToGraphMl(view()));
    const [annNode] = elements(document, "node");
    expect(dataOf(document, annNode)).toMatchObject({ labels: ":Entity:Person", mentions: "12", verified: "true", note: "null" });
    expect(JSON.parse(dataOf(document, annNode).aliases)).toEqual(["A. Lee", "Ann <L>"]);
    const [edge] = elements(document, "edge");
    expect(dataOf(document, edge).type).toBe("LEADS");
    expect(JSON.parse(dataOf(document, edge).briefs)).toEqual(["brief:b1", "brief:b2"]);
  });

  it("stays well-formed when property names and keys carry markup characters", () => {
    const store = new GraphStore();
    const odd = entity(`person:o"neil<&>`, "Person", { [`a"b<c>&d`]: "x" });
    store.addAll([odd], []);
    const document = parseXml(viewToGraphMl(store.graph));
    expect(elements(document, "node")[0].attributes.id).toBe(`person:o"neil<&>`);
    expect(dataOf(document, elements(document, "node")[0])[`a"b<c>&d`]).toBe("x");
  });

  it("stays well-formed when text holds characters XML cannot carry", () => {
    const store = new GraphStore();
    store.addAll([entity("person:pdf", "Person", { description: "page\fbreak\u0000 bell\u0007 half\ud800 tab\tend 😀" })], []);
    const document = parseXml(viewToGraphMl(store.graph));
    const description = dataOf(document, elements(document, "node")[0]).description;
    expect(description).toBe("page\uFFFDbreak\uFFFD bell\uFFFD half\uFFFD tab\tend 😀");
  });
});
