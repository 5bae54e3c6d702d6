import { describe, expect, it } from "vitest";
import { GraphStore } from "../../src/graph/store";
import { entity, relationship } from "./api-values";

const ann = entity("person:ann", "Person", { name: "Ann Lee" });
const bob = entity("person:bob", "Person", { name: "Bob Roy" });
const acme = entity("organization:acme", "Organization", { name: "Acme" });
const leads = relationship("r1", "LEADS", ann, acme);
const member = relationship("r2", "MEMBER_OF", bob, acme);

function size(store: GraphStore, key: string): number {
  return store.graph.getNodeAttribute(key, "size");
}

describe("GraphStore", () => {
  it("adds entities keyed by entity key and relationships between them, reporting what is new", () => {
    const store = new GraphStore();
    const result = store.addAll([ann, bob, acme], [leads, member]);
    expect(result).toEqual({ nodes: ["person:ann", "person:bob", "organization:acme"], edges: ["r1", "r2"] });
    expect(store.graph.order).toBe(3);
    expect(store.graph.source("r1")).toBe("person:ann");
    expect(store.graph.target("r1")).toBe("organization:acme");
    expect(store.graph.getEdgeAttribute("r2", "relType")).toBe("MEMBER_OF");
  });

  it("names a node by its name, else its title, else its key, and types it by its non-Entity label", () => {
    const store = new GraphStore();
    const brief = { id: "n:9", key: "brief:b1", labels: ["Brief"], properties: { title: "Border talks" } };
    const bare = { id: "n:10", key: "event:x", labels: ["Entity", "Event"], properties: {} };
    store.addAll([ann, brief, bare], []);
    expect(store.graph.getNodeAttribute("person:ann", "label")).toBe("Ann Lee");
    expect(store.graph.getNodeAttribute("person:ann", "entityType")).toBe("Person");
    expect(store.graph.getNodeAttribute("brief:b1", "label")).toBe("Border talks");
    expect(store.graph.getNodeAttribute("brief:b1", "entityType")).toBe("Brief");
    expect(store.graph.getNodeAttribute("event:x", "label")).toBe("event:x");
  });

  it("keys a node by its key property, or its element id, when the API gives no key", () => {
    const store = new GraphStore();
    const byProperty = { id: "n:1", key: null, labels: ["Entity", "Country"], properties: { key: "country:laos" } };
    const byId = { id: "n:2", key: null, labels: ["Sentence"], properties: { text: "..." } };
    store.addAll([byProperty, byId], []);
    expect(store.graph.hasNode("country:laos")).toBe(true);
    expect(store.graph.hasNode("n:2")).toBe(true);
  });

  it("refreshes a node seen again without adding it twice or moving it", () => {
    const store = new GraphStore();
    store.addAll([ann], []);
    const { x, y } = store.graph.getNodeAttributes("person:ann");
    const again = store.addAll([entity("person:ann", "Person", { name: "Ann Lee-Smith" })], []);
    expect(again.nodes).toEqual([]);
    expect(store.graph.order).toBe(1);
    expect(store.graph.getNodeAttribute("person:ann", "label")).toBe("Ann Lee-Smith");
    expect(store.graph.getNodeAttributes("person:ann")).toMatchObject({ x, y });
  });

  it("drops relationships whose ends are not in view, and takes them once both ends are", () => {
    const store = new GraphStore();
    const first = store.addAll([ann], [leads]);
    expect(first.edges).toEqual([]);
    expect(store.graph.size).toBe(0);
    const second = store.addAll([acme], [leads]);
    expect(second.edges).toEqual(["r1"]);
    expect(store.graph.size).toBe(1);
  });

  it("does not report a relationship seen again as new, and keeps parallel relationships apart", () => {
    const store = new GraphStore();
    store.addAll([ann, acme], [leads]);
    const alleges = relationship("r3", "ALLEGES", ann, acme);
    expect(store.addAll([], [leads, alleges]).edges).toEqual(["r3"]);
    expect(store.graph.size).toBe(2);
  });

  it("places new nodes near the node they were expanded from, and remembers it", () => {
    const store = new GraphStore();
    store.addAll([bob], [], { x: 500, y: -300 }, "organization:acme");
    const { x, y, origin } = store.graph.getNodeAttributes("person:bob");
    expect(Math.hypot(x - 500, y + 300)).toBeLessThanOrEqual(3);
    expect(origin).toBe("organization:acme");
  });

  it("sizes nodes by degree: a hub is bigger than a leaf, and shrinks back when its neighbours go", () => {
    const store = new GraphStore();
    const alone = entity("person:zoe", "Person");
    store.addAll([ann, bob, acme, alone], [leads, member]);
    const leaf = size(store, "person:ann");
    expect(size(store, "organization:acme")).toBeGreaterThan(leaf);
    expect(leaf).toBeGreaterThan(size(store, "person:zoe"));
    store.remove("person:bob");
    expect(size(store, "organization:acme")).toBe(leaf);
    store.remove("person:ann");
    expect(size(store, "organization:acme")).toBe(size(store, "person:zoe"));
  });

  it("removes a node with its relationships and forgets its element id", () => {
    const store = new GraphStore();
    store.addAll([ann, bob, acme], [leads, member]);
    store.remove("organization:acme");
    expect(store.graph.hasNode("organization:acme")).toBe(false);
    expect(store.graph.size).toBe(0);
    expect(store.keyOfElement(acme.id)).toBeUndefined();
    expect(store.addAll([], [leads]).edges).toEqual([]);
  });

  it("ignores removing a node that is not in view", () => {
    const store = new GraphStore();
    store.addAll([ann], []);
    expect(() => store.remove("person:nobody")).not.toThrow();
    expect(store.graph.order).toBe(1);
  });

  it("maps element ids to entity keys", () => {
    const store = new GraphStore();
    store.addAll([entity("country:laos", "Country", {}, "4:abc:17")], []);
    expect(store.keyOfElement("4:abc:17")).toBe("country:laos");
    expect(store.keyOfElement("4:abc:18")).toBeUndefined();
  });

  it("starts over on clear", () => {
    const store = new GraphStore();
    store.addAll([ann, acme], [leads]);
    store.clear();
    expect(store.graph.order).toBe(0);
    expect(store.keyOfElement(ann.id)).toBeUndefined();
    expect(store.addAll([ann, acme], [leads])).toEqual({ nodes: ["person:ann", "organization:acme"], edges: ["r1"] });
  });
});
