import { describe, expect, it } from "vitest";
import { cameraForExtent, extentOf, Projection } from "../../src/graph/projection";

const extent = { minX: -10, maxX: 10, minY: -5, maxY: 5 };
const home = { x: 0.5, y: 0.5, ratio: 1 };

describe("Projection", () => {
  it("shows the whole graph at ratio 1, centred, with graph y pointing up", () => {
    const projection = new Projection(extent, home, 800, 600);
    expect(projection.toViewport({ x: 0, y: 0 })).toEqual({ x: 400, y: 300 });
    // The wider side (20 units) spans the smaller viewport side less the padding: 600 - 80 pixels.
    expect(projection.toViewport({ x: 10, y: 0 }).x).toBeCloseTo(400 + 260);
    expect(projection.toViewport({ x: 0, y: 5 }).y).toBeCloseTo(300 - 130);
  });

  it("maps viewport points back to the graph points they show", () => {
    const projection = new Projection(extent, { x: 0.3, y: 0.7, ratio: 0.25 }, 1024, 768);
    for (const point of [{ x: 3, y: -2 }, { x: -10, y: 5 }, { x: 0.5, y: 0.25 }]) {
      const back = projection.toGraph(projection.toViewport(point));
      expect(back.x).toBeCloseTo(point.x);
      expect(back.y).toBeCloseTo(point.y);
    }
  });

  it("puts the camera's framed point at the centre of the view", () => {
    const camera = { x: 0.75, y: 0.25, ratio: 0.5 };
    const projection = new Projection(extent, camera, 800, 600);
    const centre = projection.toFramed({ x: 400, y: 300 });
    expect(centre.x).toBeCloseTo(0.75);
    expect(centre.y).toBeCloseTo(0.25);
  });

  it("zooming in magnifies distances by the ratio and node sizes by its square root", () => {
    const wide = new Projection(extent, home, 800, 600);
    const close = new Projection(extent, { ...home, ratio: 0.25 }, 800, 600);
    expect(close.scale / wide.scale).toBeCloseTo(4);
    expect(close.sizeScale / wide.sizeScale).toBeCloseTo(2);
  });

  it("a margin widens the drawing area at the same scale, keeping the camera's point in its middle", () => {
    const plain = new Projection(extent, home, 800, 600);
    const wide = new Projection(extent, home, 800, 600, 100);
    expect(wide.width).toBe(1000);
    expect(wide.height).toBe(800);
    expect(wide.scale).toBe(plain.scale);
    const point = { x: 4, y: -3 };
    expect(wide.toViewport(point).x - plain.toViewport(point).x).toBeCloseTo(100);
    expect(wide.toViewport(point).y - plain.toViewport(point).y).toBeCloseTo(100);
  });

  it("a drag moves the camera so the graph follows the pointer", () => {
    const projection = new Projection(extent, home, 800, 600);
    const delta = projection.framedDelta(52, -26);
    const moved = new Projection(extent, { x: home.x - delta.x, y: home.y - delta.y, ratio: 1 }, 800, 600);
    const before = projection.toViewport({ x: 1, y: 1 });
    const after = moved.toViewport({ x: 1, y: 1 });
    expect(after.x - before.x).toBeCloseTo(52);
    expect(after.y - before.y).toBeCloseTo(-26);
  });
});

describe("extentOf", () => {
  it("bounds the points, and gives a unit square when there are none", () => {
    expect(extentOf([{ x: 1, y: 2 }, { x: -3, y: 7 }])).toEqual({ minX: -3, maxX: 1, minY: 2, maxY: 7 });
    expect(extentOf([])).toEqual({ minX: 0, maxX: 1, minY: 0, maxY: 1 });
  });
});

describe("cameraForExtent", () => {
  it("keeps every graph point where it was on screen when the frame grows or moves", () => {
    const before = { minX: -10, maxX: 10, minY: -5, maxY: 5 };
    const after = { minX: -10, maxX: 40, minY: -30, maxY: 5 };
    const camera = { x: 0.4, y: 0.6, ratio: 0.5 };
    const old = new Projection(before, camera, 800, 600);
    const moved = new Projection(after, cameraForExtent(before, camera, after), 800, 600);
    for (const point of [{ x: 0, y: 0 }, { x: 35, y: -25 }, { x: -10, y: 5 }]) {
      expect(moved.toViewport(point).x).toBeCloseTo(old.toViewport(point).x);
      expect(moved.toViewport(point).y).toBeCloseTo(old.toViewport(point).y);
    }
  });
});
