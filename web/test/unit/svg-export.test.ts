import { describe, expect, it } from "vitest";
import { viewToSvg } from "../../src/export/svg-export";
import { ProjectedScene } from "../../src/graph/projected-scene";
import { Projection } from "../../src/graph/projection";
import type { Scene, SceneNode } from "../../src/graph/scene";
import type { Shape } from "../../src/graph/style";
import { parseXml, type XmlElement } from "./xml-tree";

function node(key: string, x: number, shape: Shape, label = key): SceneNode {
  return { key, x, y: 0, size: 8, color: "#123456", shape, label, forceLabel: true, highlighted: false, zIndex: 0 };
}

function all(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((child) => all(child, name))];
}

describe("viewToSvg", () => {
  const nodes = [node("a", 0, "circle", "Ann & <Co>"), node("b", 30, "square"), node("c", 60, "ring"), node("d", 90, "diamond"), node("e", 120, "triangle")];
  const scene: Scene = {
    nodes,
    edges: [
      { key: "ab", source: 0, target: 1, color: "#c92a2a", size: 2, label: null, forceLabel: false, zIndex: 0 },
      { key: "de", source: 3, target: 4, color: "#1971c2", size: 1, label: null, forceLabel: false, zIndex: 0 },
    ],
    indexOf: new Map(nodes.map((n, i) => [n.key, i])),
  };
  const projection = new Projection({ minX: 0, maxX: 120, minY: -10, maxY: 10 }, { x: 0.5, y: 0.5, ratio: 1 }, 800, 400);
  const svg = parseXml(viewToSvg(new ProjectedScene(scene, projection)));

  it("is well-formed SVG of the view's size", () => {
    const root = all(svg, "svg")[0];
    expect(root.attributes).toMatchObject({ width: "800", height: "400" });
  });

  it("draws each node in its type's shape, and escapes labels", () => {
    expect(all(svg, "circle").length).toBe(2);
    expect(all(svg, "rect").length).toBe(2); // the background and the square
    expect(all(svg, "path").filter((p) => p.attributes.fill === "#123456").length).toBe(2);
    expect(all(svg, "text").map((t) => t.text)).toContain("Ann & <Co>");
  });

  it("draws each edge with an arrowhead in the edge's own colour", () => {
    const lines = all(svg, "line");
    expect(lines.map((l) => l.attributes.stroke)).toEqual(["#c92a2a", "#1971c2"]);
    const markers = new Map(all(svg, "marker").map((m) => [m.attributes.id, m.children[0].attributes.fill]));
    for (const line of lines) {
      const id = /url\(#(.+)\)/.exec(line.attributes["marker-end"])?.[1] ?? "";
      expect(markers.get(id)).toBe(line.attributes.stroke);
    }
  });
});
