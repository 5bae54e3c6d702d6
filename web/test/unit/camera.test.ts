import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Camera } from "../../src/graph/camera";

describe("Camera", () => {
  it("tells its listeners when it moves, and only then", () => {
    const camera = new Camera();
    const updates = vi.fn();
    camera.onUpdated(updates);
    camera.setState({ x: 0.2 });
    camera.setState({ x: 0.2 });
    expect(updates).toHaveBeenCalledTimes(1);
    expect(camera.getState()).toEqual({ x: 0.2, y: 0.5, ratio: 1 });
  });

  it("ignores values that are not finite numbers and keeps the zoom in range", () => {
    const camera = new Camera();
    camera.setState({ x: Number.NaN, y: Infinity, ratio: -1 });
    expect(camera.getState()).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
    camera.setState({ ratio: 1e-9 });
    expect(camera.getState().ratio).toBe(0.01);
    camera.setState({ ratio: 1e9 });
    expect(camera.getState().ratio).toBe(20);
  });

  it("zooms around a point, which stays where it was", () => {
    const camera = new Camera();
    const point = { x: 0.8, y: 0.3 };
    camera.zoomAround(point, 0.5);
    const state = camera.getState();
    // The point's offset from the camera, in screen terms (offset / ratio), is unchanged.
    expect((point.x - state.x) / state.ratio).toBeCloseTo((0.8 - 0.5) / 1);
    expect((point.y - state.y) / state.ratio).toBeCloseTo((0.3 - 0.5) / 1);
  });

  describe("animations", () => {
    let now = 0;
    let frames: FrameRequestCallback[] = [];
    beforeEach(() => {
      now = 0;
      frames = [];
      vi.stubGlobal("performance", { now: () => now });
      vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
      vi.stubGlobal("cancelAnimationFrame", () => { frames = []; });
    });
    afterEach(() => vi.unstubAllGlobals());

    function runFrames(until: number): void {
      while (frames.length > 0 && now <= until) {
        now += 16;
        const due = frames;
        frames = [];
        for (const frame of due) frame(now);
      }
    }

    it("reaches the target at the end of the duration and then stops", () => {
      const camera = new Camera();
      camera.animate({ x: 0.1, ratio: 0.25 }, { duration: 200 });
      expect(camera.isAnimating()).toBe(true);
      runFrames(100);
      const halfway = camera.getState();
      expect(halfway.x).toBeGreaterThan(0.1);
      expect(halfway.x).toBeLessThan(0.5);
      runFrames(400);
      expect(camera.getState()).toEqual({ x: 0.1, y: 0.5, ratio: 0.25 });
      expect(camera.isAnimating()).toBe(false);
    });

    it("a move made during another starts from where the first is headed, so quick presses add up", () => {
      const camera = new Camera();
      camera.animate({ x: camera.destination().x + 0.08 }, { duration: 120 });
      runFrames(48);
      expect(camera.getState().x).toBeLessThan(0.58);
      expect(camera.destination().x).toBeCloseTo(0.58);
      camera.animate({ x: camera.destination().x + 0.08 }, { duration: 120 });
      camera.animatedZoom({ duration: 120 });
      runFrames(500);
      expect(camera.getState().x).toBeCloseTo(0.66);
      expect(camera.destination()).toEqual(camera.getState());
    });

    it("zoom and unzoom change the ratio by the same step; reset comes home", () => {
      const camera = new Camera();
      camera.animatedZoom({ duration: 50 });
      runFrames(1000);
      const zoomed = camera.getState().ratio;
      expect(zoomed).toBeLessThan(1);
      camera.animatedUnzoom({ duration: 50 });
      runFrames(2000);
      expect(camera.getState().ratio).toBeCloseTo(1);
      camera.setState({ x: 0.9, y: 0.1, ratio: 3 });
      camera.animatedReset({ duration: 50 });
      runFrames(3000);
      expect(camera.getState()).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
    });
  });
});
