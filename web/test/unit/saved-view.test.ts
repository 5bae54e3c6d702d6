import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fromHash, loadFromStorage, saveToStorage, toHash, type SavedNode, type SavedView } from "../../src/state/saved-view";
import { MemoryStorage } from "./memory-storage";

const STORAGE_KEY = "graphexplorer.view";

function view(nodes: SavedNode[], rest: Partial<SavedView> = {}): SavedView {
  return { nodes, camera: null, hiddenTypes: [], hiddenRelTypes: [], selected: null, ...rest };
}

function nodes(count: number): SavedNode[] {
  return Array.from({ length: count }, (_, i) => ({ key: `person:p${i}`, x: i * 1.5, y: 10 - i, fixed: i % 2 === 0 }));
}

describe("view in the URL", () => {
  it("round-trips a view: positions to two decimals, pins, camera, filters, selection", () => {
    const saved = view(
      [
        { key: "person:hun-manet", x: 12.3456, y: -7.891, fixed: true },
        { key: "country:cambodia", x: 0, y: 3, fixed: false },
      ],
      {
        camera: { x: 0.51234, y: 0.49876, ratio: 1.25 },
        hiddenTypes: ["Outlet", "Event"],
        hiddenRelTypes: ["REPORTS_ON"],
        selected: "country:cambodia",
      });
    expect(fromHash(`#${toHash(saved)}`)).toEqual({
      nodes: [
        { key: "person:hun-manet", x: 12.35, y: -7.89, fixed: true },
        { key: "country:cambodia", x: 0, y: 3, fixed: false },
      ],
      camera: { x: 0.51234, y: 0.49876, ratio: 1.25 },
      hiddenTypes: ["Outlet", "Event"],
      hiddenRelTypes: ["REPORTS_ON"],
      selected: "country:cambodia",
    });
  });

  it("keeps keys with non-Latin letters and URL characters intact", () => {
    const keys = ["person:ngô-đình-diệm", "organization:at&t", "event:a=b?c#d", "person:Сергей"];
    const back = fromHash(toHash(view(keys.map((key) => ({ key, x: 1, y: 2, fixed: false })), { selected: keys[1] })));
    expect(back?.nodes.map((n) => n.key)).toEqual(keys);
    expect(back?.selected).toBe(keys[1]);
  });

  it("leaves positions out of the URL for a big view, keeping every key", () => {
    const back = fromHash(toHash(view(nodes(200))));
    expect(back?.nodes).toHaveLength(200);
    expect(back?.nodes[7].key).toBe("person:p7");
    expect(Number.isFinite(back?.nodes[7].x)).toBe(false);
    expect(back?.nodes.some((n) => n.fixed)).toBe(false);
  });

  it("keeps positions up to 150 nodes", () => {
    const back = fromHash(toHash(view(nodes(150))));
    expect(back?.nodes[149]).toEqual({ key: "person:p149", x: 223.5, y: -139, fixed: false });
  });

  it("leaves a view too big to share out of the URL", () => {
    expect(fromHash(toHash(view(nodes(401))))).toBeNull();
    expect(fromHash(toHash(view(nodes(400))))?.nodes).toHaveLength(400);
  });

  it("writes nothing for an empty view", () => {
    expect(toHash(view([]))).toBe("");
  });

  it("reads no view from hashes that are not one", () => {
    for (const hash of ["", "#", "#/about", "#n=", "#c=1~2~3", "#%E0%A4%A", "#s=person:x&ht=Event"]) {
      expect(fromHash(hash)).toBeNull();
    }
  });

  it("reads a hand-edited hash without inventing positions or a camera", () => {
    const back = fromHash("#n=person:a~abc~,person:b~1~2~p,person:c~Infinity~1&c=1~2~0");
    expect(back?.nodes.map((n) => n.key)).toEqual(["person:a", "person:b", "person:c"]);
    expect(Number.isFinite(back?.nodes[0].x) || Number.isFinite(back?.nodes[0].y)).toBe(false);
    expect(back?.nodes[1]).toEqual({ key: "person:b", x: 1, y: 2, fixed: true });
    expect(Number.isFinite(back?.nodes[2].x)).toBe(false);
    expect(back?.camera).toBeNull();
  });

  it("accepts only a complete camera with a positive zoom ratio", () => {
    const camera = (c: string) => fromHash(`#n=person:a&c=${c}`)?.camera;
    expect(camera("0.5~0.5~2")).toEqual({ x: 0.5, y: 0.5, ratio: 2 });
    expect(camera("0.5~0.5")).toBeNull();
    expect(camera("0.5~0.5~-1")).toBeNull();
    expect(camera("0.5~x~1")).toBeNull();
    expect(camera("0.5~~1")).toBeNull();
    expect(camera("1~2~3~4")).toBeNull();
  });
});

describe("view in localStorage", () => {
  let storage: MemoryStorage;

  beforeEach(() => {
    storage = new MemoryStorage();
    vi.stubGlobal("localStorage", storage);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("round-trips a view exactly, however big", () => {
    const saved = view(nodes(1000), { camera: { x: 0.123456, y: 0.5, ratio: 0.3 }, hiddenTypes: ["Event"], selected: "person:p3" });
    saveToStorage(saved);
    expect(loadFromStorage()).toEqual(saved);
  });

  it("has no view when nothing or something else was stored", () => {
    expect(loadFromStorage()).toBeNull();
    for (const stored of ["{oops", "null", "42", JSON.stringify({ nodes: "x" }), JSON.stringify([1, 2])]) {
      storage.setItem(STORAGE_KEY, stored);
      expect(loadFromStorage()).toBeNull();
    }
  });

  it("drops saved nodes without a key or a position, and defaults missing parts", () => {
    storage.setItem(STORAGE_KEY, JSON.stringify({
      nodes: [{ key: "person:a", x: 1, y: 2, fixed: true }, { key: 7, x: 1, y: 2 }, { key: "person:b", x: "1", y: 2 }, null, { key: "person:c" }],
    }));
    expect(loadFromStorage()).toEqual(view([{ key: "person:a", x: 1, y: 2, fixed: true }]));
  });

  it("ignores a stored camera that could not be used", () => {
    for (const camera of [{ x: 1, y: 1, ratio: 0 }, { x: "a", y: 1, ratio: 1 }, { x: 1, y: 1 }, 5, "camera"]) {
      storage.setItem(STORAGE_KEY, JSON.stringify({ nodes: [], camera }));
      expect(loadFromStorage()?.camera).toBeNull();
    }
  });

  it("does not fail when storage is full or missing", () => {
    storage.failWrites = true;
    expect(() => saveToStorage(view(nodes(3)))).not.toThrow();
    vi.stubGlobal("localStorage", undefined);
    expect(() => saveToStorage(view(nodes(3)))).not.toThrow();
    expect(loadFromStorage()).toBeNull();
  });
});
