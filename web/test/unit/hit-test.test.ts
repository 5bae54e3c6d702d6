import { describe, expect, it } from "vitest";
import { edgeAt, nodeAt } from "../../src/graph/hit-test";
import { ProjectedScene } from "../../src/graph/projected-scene";
import { Projection } from "../../src/graph/projection";
import type { Scene, SceneNode } from "../../src/graph/scene";

function node(key: string, x: number, y: number, size = 10): SceneNode {
  return { key, x, y, size, color: "#000", shape: "circle", label: key, forceLabel: false, highlighted: false, zIndex: 0 };
}

// Graph coordinates equal viewport pixels here: extent 0..100, 180 px viewport, 40 px padding.
function projected(nodes: SceneNode[]): ProjectedScene {
  const scene: Scene = {
    nodes,
    edges: [{ key: "a->b", source: 0, target: 1, color: "#000", size: 2, label: null, forceLabel: false, zIndex: 0 }],
    indexOf: new Map(nodes.map((n, i) => [n.key, i])),
  };
  const projection = new Projection({ minX: 0, maxX: 100, minY: 0, maxY: 100 }, { x: 0.5, y: 0.5, ratio: 1 }, 180, 180);
  return new ProjectedScene(scene, projection);
}

describe("hit testing", () => {
  const view = projected([node("a", 0, 100), node("b", 100, 100), node("c", 50, 50), node("d", 60, 50)]);

  it("finds the node under the pointer, the topmost where two overlap", () => {
    expect(nodeAt(view, { x: 40, y: 40 })).toBe("a");
    expect(nodeAt(view, { x: 82, y: 90 })).toBe("c");
    // Both c (centre 90) and d (centre 108) reach x = 100; d is drawn later, so on top.
    expect(nodeAt(view, { x: 100, y: 90 })).toBe("d");
  });

  it("finds nothing on empty background", () => {
    expect(nodeAt(view, { x: 90, y: 160 })).toBeNull();
    expect(edgeAt(view, { x: 90, y: 160 })).toBeNull();
  });

  it("finds an edge within a few pixels of its line", () => {
    expect(edgeAt(view, { x: 70, y: 43 })).toBe("a->b");
    expect(edgeAt(view, { x: 70, y: 52 })).toBeNull();
  });
});
