import { describe, expect, it } from "vitest";
import { GraphStore } from "../../src/graph/store";
import { SceneBuilder } from "../../src/graph/scene";
import { TimeIndex } from "../../src/graph/time-index";
import { ViewState } from "../../src/state/view-state";
import { DIM_COLOR, NEW_COLOR } from "../../src/graph/style";
import { entity, relationship } from "./api-values";

const hun = entity("person:hun-manet", "Person", { name: "Hun Manet" });
const cambodia = entity("country:cambodia", "Country", { name: "Cambodia" });
const thailand = entity("country:thailand", "Country", { name: "Thailand" });
const ceasefire = entity("event:ceasefire", "Event", { name: "ceasefire" });
const leads = relationship("r1", "LEADS", hun, cambodia, { briefs: ["b1"] });
const tension = relationship("r2", "TENSION_WITH", cambodia, thailand, { briefs: ["b2"] });
const involved = relationship("r3", "INVOLVED_IN", thailand, ceasefire, { briefs: ["b2"] });

function setUp() {
  const store = new GraphStore();
  store.addAll([hun, cambodia, thailand, ceasefire], [leads, tension, involved]);
  const view = new ViewState();
  const time = new TimeIndex();
  return { store, view, time, builder: new SceneBuilder(store.graph, view, time) };
}

describe("SceneBuilder", () => {
  it("draws every entity and relationship, shaped and coloured by type, edges pointing at their ends", () => {
    const { builder } = setUp();
    const scene = builder.build();
    expect(scene.nodes.map((n) => n.key).sort()).toEqual(["country:cambodia", "country:thailand", "event:ceasefire", "person:hun-manet"]);
    expect(scene.nodes.find((n) => n.key === "event:ceasefire")?.shape).toBe("diamond");
    expect(scene.nodes.find((n) => n.key === "country:cambodia")?.shape).toBe("ring");
    const edge = scene.edges.find((e) => e.key === "r1");
    expect(edge && scene.nodes[edge.source].key).toBe("person:hun-manet");
    expect(edge && scene.nodes[edge.target].key).toBe("country:cambodia");
  });

  it("leaves out filtered entity types with their relationships, and filtered relationship types", () => {
    const { builder, view } = setUp();
    view.hiddenTypes.add("Event");
    view.hiddenRelTypes.add("LEADS");
    const scene = builder.build();
    expect(scene.nodes.some((n) => n.key === "event:ceasefire")).toBe(false);
    expect(scene.edges.map((e) => e.key)).toEqual(["r2"]);
  });

  it("dims what is outside the focus and draws the selected node last, ringed and labelled", () => {
    const { builder, view } = setUp();
    view.setFocus(["person:hun-manet", "country:cambodia"], ["r1"]);
    view.selectedNode = "country:cambodia";
    const scene = builder.build();
    const thailandNode = scene.nodes.find((n) => n.key === "country:thailand");
    expect(thailandNode?.color).toBe(DIM_COLOR);
    expect(thailandNode?.label).toBe("");
    expect(scene.edges.find((e) => e.key === "r2")?.color).toBe(DIM_COLOR);
    expect(scene.edges.find((e) => e.key === "r1")?.label).toBe("LEADS");
    const last = scene.nodes[scene.nodes.length - 1];
    expect(last.key).toBe("country:cambodia");
    expect(last.highlighted && last.forceLabel).toBe(true);
  });

  it("marks new arrivals and labels their relationships", () => {
    const { builder, view } = setUp();
    view.newNodes.add("event:ceasefire");
    view.newEdges.add("r3");
    const scene = builder.build();
    expect(scene.nodes.find((n) => n.key === "event:ceasefire")?.highlighted).toBe(true);
    const edge = scene.edges.find((e) => e.key === "r3");
    expect(edge?.color).toBe(NEW_COLOR);
    expect(edge?.label).toBe("INVOLVED_IN");
  });

  it("hides what arrived after the time cut-off", () => {
    const { builder, view, time } = setUp();
    time.setBriefs([
      { key: "b1", importedAt: "2025-07-01T00:00:00Z" },
      { key: "b2", importedAt: "2025-07-05T00:00:00Z" },
    ]);
    view.timeCutoff = Date.parse("2025-07-02T00:00:00Z");
    const scene = builder.build();
    expect(scene.edges.map((e) => e.key)).toEqual(["r1"]);
    expect(scene.nodes.map((n) => n.key).sort()).toEqual(["country:cambodia", "person:hun-manet"]);
  });

  it("follows the layout: updated positions without rebuilding", () => {
    const { builder, store } = setUp();
    const scene = builder.build();
    store.graph.mergeNodeAttributes("person:hun-manet", { x: 42, y: -7 });
    builder.updatePositions(scene);
    expect(scene.nodes.find((n) => n.key === "person:hun-manet")).toMatchObject({ x: 42, y: -7 });
  });
});
