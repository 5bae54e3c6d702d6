import { describe, expect, it } from "vitest";
import { LabelPlacement } from "../../src/graph/label-placement";

describe("LabelPlacement", () => {
  it("refuses a label that would overlap one already placed, and takes one clear of it", () => {
    const placement = new LabelPlacement(800, 600);
    expect(placement.tryPlace({ x: 100, y: 100, width: 80, height: 14 })).toBe(true);
    expect(placement.tryPlace({ x: 150, y: 105, width: 80, height: 14 })).toBe(false);
    expect(placement.tryPlace({ x: 400, y: 400, width: 80, height: 14 })).toBe(true);
  });

  it("places at most one label starting in each 90 px square, however short", () => {
    const placement = new LabelPlacement(800, 600);
    expect(placement.tryPlace({ x: 10, y: 10, width: 10, height: 14 })).toBe(true);
    expect(placement.tryPlace({ x: 50, y: 50, width: 10, height: 14 })).toBe(false);
    expect(placement.tryPlace({ x: 100, y: 50, width: 10, height: 14 })).toBe(true);
  });

  it("places a forced label even on top of others, and what it covers is taken", () => {
    const placement = new LabelPlacement(800, 600);
    placement.tryPlace({ x: 100, y: 100, width: 80, height: 14 });
    expect(placement.tryPlace({ x: 120, y: 100, width: 80, height: 14 }, true)).toBe(true);
    expect(placement.tryPlace({ x: 185, y: 100, width: 20, height: 14 })).toBe(false);
  });

  it("ignores labels entirely off the view", () => {
    const placement = new LabelPlacement(800, 600);
    expect(placement.tryPlace({ x: -200, y: 10, width: 50, height: 14 })).toBe(false);
    expect(placement.tryPlace({ x: 10, y: 700, width: 50, height: 14 })).toBe(false);
    expect(placement.tryPlace({ x: 790, y: 10, width: 50, height: 14 })).toBe(true);
  });
});
