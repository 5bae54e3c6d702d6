import { describe, expect, it } from "vitest";
import { GraphStore } from "../../src/graph/store";
import { TimeIndex } from "../../src/graph/time-index";
import { entity, relationship } from "./api-values";

const t = (iso: string) => new Date(iso).getTime();

// Imported in one order, published in the other; "b3" has no publication date.
const briefs = [
  { key: "b1", importedAt: "2026-11-01T10:00:00.000Z", publishedAt: "2025-07-20T00:00:00.000Z" },
  { key: "b2", importedAt: "2026-11-02T10:00:00.000Z", publishedAt: "2025-07-10T00:00:00.000Z" },
  { key: "b3", importedAt: "2026-11-03T10:00:00.000Z", publishedAt: null },
];

function graph() {
  const store = new GraphStore();
  const ann = entity("person:ann", "Person", { firstSeen: "2026-11-01T10:00:00.000Z" });
  const acme = entity("organization:acme", "Organization", { firstSeen: "2026-11-01T10:00:00.000Z" });
  const bob = entity("person:bob", "Person", { firstSeen: "2026-11-03T10:00:00.000Z" });
  const lone = entity("country:ruritania", "Country", { firstSeen: "2026-11-02T10:00:00.000Z" });
  store.addAll([ann, acme, bob, lone], [
    relationship("r1", "LEADS", ann, acme, { briefs: ["b1", "b2"], firstReported: "2026-11-01T10:00:00.000Z" }),
    relationship("r2", "MEMBER_OF", bob, acme, { briefs: ["b3"], firstReported: "2026-11-03T10:00:00.000Z" }),
    relationship("r3", "SUPPORTS", bob, ann, { briefs: ["unknown"], firstReported: "2026-11-04T10:00:00.000Z" }),
  ]);
  return store.graph;
}

function index(axis: "imported" | "published" = "imported") {
  const time = new TimeIndex();
  time.setBriefs(briefs);
  time.setAxis(axis);
  return time;
}

describe("TimeIndex on the import axis", () => {
  it("places a relationship at the import of its first brief, else at firstReported", () => {
    const time = index();
    const g = graph();
    expect(time.edgeTime(g, "r1")).toBe(t("2026-11-01T10:00:00.000Z"));
    expect(time.edgeTime(g, "r2")).toBe(t("2026-11-03T10:00:00.000Z"));
    expect(time.edgeTime(g, "r3")).toBe(t("2026-11-04T10:00:00.000Z"));
  });

  it("places a node at firstSeen", () => {
    const time = index();
    expect(time.nodeTime(graph(), "person:bob")).toBe(t("2026-11-03T10:00:00.000Z"));
  });

  it("steps through the import times in order", () => {
    const steps = index().steps();
    expect(steps.map((s) => s.briefs)).toEqual([["b1"], ["b2"], ["b3"]]);
    expect(steps.map((s) => s.upTo)).toEqual([1, 2, 3]);
    expect(index().placedByImportCount()).toBe(0);
  });
});

describe("TimeIndex on the publication axis", () => {
  it("orders briefs by publication, those without one at their import time, and says which they are", () => {
    const time = index("published");
    expect(time.steps().map((s) => s.briefs)).toEqual([["b2"], ["b1"], ["b3"]]);
    expect(time.range()).toEqual([t("2025-07-10T00:00:00.000Z"), t("2026-11-03T10:00:00.000Z")]);
    expect(time.placedByImport("b3")).toBe(true);
    expect(time.placedByImport("b1")).toBe(false);
    expect(time.placedByImportCount()).toBe(1);
  });

  it("places a relationship at its earliest published brief", () => {
    const time = index("published");
    const g = graph();
    expect(time.edgeTime(g, "r1")).toBe(t("2025-07-10T00:00:00.000Z"));
    expect(time.edgeTime(g, "r2")).toBe(t("2026-11-03T10:00:00.000Z"));
  });

  it("places a node at the earliest of its relationships and of the brief imported when it was first seen", () => {
    const time = index("published");
    const g = graph();
    // First seen with b1 (published 20 July), but r1 also rests on b2 (published 10 July).
    expect(time.nodeTime(g, "person:ann")).toBe(t("2025-07-10T00:00:00.000Z"));
    // No relationship in view: first seen at b2's import, so at b2's publication.
    expect(time.nodeTime(g, "country:ruritania")).toBe(t("2025-07-10T00:00:00.000Z"));
    // First seen with b3, which has no publication date: at its import.
    expect(time.nodeTime(g, "person:bob")).toBe(t("2026-11-03T10:00:00.000Z"));
  });

  it("moves an import time no brief was imported at onto the axis unchanged", () => {
    const time = index("published");
    const store = new GraphStore();
    store.addAll([entity("event:talks", "Event", { firstSeen: "2026-10-01T00:00:00.000Z" })], []);
    expect(time.nodeTime(store.graph, "event:talks")).toBe(t("2026-10-01T00:00:00.000Z"));
  });

  it("groups briefs published at the same time into one step", () => {
    const time = new TimeIndex();
    time.setBriefs([
      { key: "x", importedAt: "2026-11-01T10:00:00.000Z", publishedAt: "2025-07-10T00:00:00.000Z" },
      { key: "y", importedAt: "2026-11-02T10:00:00.000Z", publishedAt: "2025-07-10T00:00:00.000Z" },
    ]);
    time.setAxis("published");
    expect(time.steps()).toEqual([{ time: t("2025-07-10T00:00:00.000Z"), briefs: ["x", "y"], upTo: 2 }]);
  });
});

describe("TimeIndex briefs", () => {
  it("offers publication time only once a brief has one", () => {
    const time = new TimeIndex();
    time.setBriefs([briefs[2]]);
    expect(time.hasPublicationTimes()).toBe(false);
    time.setBriefs([briefs[0]]);
    expect(time.hasPublicationTimes()).toBe(true);
  });

  it("keeps a known publication time when the same brief comes again without one", () => {
    const time = index("published");
    time.setBriefs([{ key: "b1", importedAt: "2026-11-01T10:00:00.000Z" }]);
    expect(time.briefTime("b1")).toBe(t("2025-07-20T00:00:00.000Z"));
  });

  it("ignores times it cannot read", () => {
    const time = new TimeIndex();
    time.setBriefs([{ key: "bad", importedAt: "not a time", publishedAt: "never" }]);
    expect(time.hasPublicationTimes()).toBe(false);
    expect(time.steps()).toEqual([]);
    expect(time.range()).toBeNull();
  });
});
