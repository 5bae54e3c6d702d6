// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { PointerInput, type PointerActions } from "../../src/graph/pointer-input";

function setUp(nodeUnderPointer: (x: number, y: number) => string | null = () => null) {
  const element = document.createElement("div");
  document.body.append(element);
  const actions: PointerActions = {
    nodeAt: vi.fn((point) => nodeUnderPointer(point.x, point.y)),
    nodeDown: vi.fn(),
    dragNode: vi.fn(),
    dragNodeEnd: vi.fn(),
    pan: vi.fn(),
    zoomAt: vi.fn(),
    click: vi.fn(),
    doubleClick: vi.fn(),
    hover: vi.fn(),
    gesture: vi.fn(),
  };
  new PointerInput(element, actions);
  const fire = (type: string, x: number, y: number, pointerId = 1) =>
    element.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId, pointerType: "mouse", button: 0, bubbles: true, cancelable: true }));
  return { element, actions, fire };
}

describe("PointerInput", () => {
  it("a press and release without moving is a click, not a pan", () => {
    const { actions, fire } = setUp();
    fire("pointerdown", 100, 100);
    fire("pointermove", 101, 101);
    fire("pointerup", 101, 101);
    expect(actions.click).toHaveBeenCalledWith({ x: 101, y: 101 });
    expect(actions.gesture).toHaveBeenNthCalledWith(1, true);
    expect(actions.gesture).toHaveBeenLastCalledWith(false);
  });

  it("dragging the background pans by the pointer's steps and is no click", () => {
    const { actions, fire } = setUp();
    fire("pointerdown", 100, 100);
    fire("pointermove", 110, 95);
    fire("pointermove", 130, 90);
    fire("pointerup", 130, 90);
    expect(vi.mocked(actions.pan).mock.calls).toEqual([[10, -5], [20, -5]]);
    expect(actions.click).not.toHaveBeenCalled();
  });

  it("dragging a node moves that node, not the view, and says when it is dropped", () => {
    const { actions, fire } = setUp((x) => (x < 50 ? "person:ann" : null));
    fire("pointerdown", 20, 20);
    fire("pointermove", 60, 40);
    fire("pointerup", 60, 40);
    expect(actions.nodeDown).toHaveBeenCalledWith("person:ann");
    expect(actions.dragNode).toHaveBeenCalledWith("person:ann", { x: 60, y: 40 });
    expect(actions.dragNodeEnd).toHaveBeenCalledWith("person:ann");
    expect(actions.pan).not.toHaveBeenCalled();
    expect(actions.click).not.toHaveBeenCalled();
  });

  it("the wheel zooms around the pointer: down zooms out, up zooms in", () => {
    const { element, actions } = setUp();
    // happy-dom's WheelEvent leaves out the mouse position it is given, so it is set here.
    const wheel = (deltaY: number) => Object.defineProperties(new WheelEvent("wheel", { deltaY, cancelable: true }), {
      clientX: { value: 5 }, clientY: { value: 6 },
    });
    element.dispatchEvent(wheel(100));
    element.dispatchEvent(wheel(-100));
    const [[point, out], [, into]] = vi.mocked(actions.zoomAt).mock.calls;
    expect(point).toEqual({ x: 5, y: 6 });
    expect(out).toBeGreaterThan(1);
    expect(into).toBeLessThan(1);
  });

  it("two pointers pinch: spreading them zooms in around their middle", () => {
    const { actions, fire } = setUp();
    fire("pointerdown", 100, 100, 1);
    fire("pointerdown", 200, 100, 2);
    fire("pointermove", 250, 100, 2);
    const [point, factor] = vi.mocked(actions.zoomAt).mock.calls[0];
    expect(point).toEqual({ x: 175, y: 100 });
    expect(factor).toBeCloseTo(100 / 150);
    fire("pointerup", 250, 100, 2);
    fire("pointerup", 100, 100, 1);
    expect(actions.click).not.toHaveBeenCalled();
  });

  it("moving with no button down hovers; double-click reports where", () => {
    const { element, actions, fire } = setUp();
    fire("pointermove", 7, 8);
    expect(actions.hover).toHaveBeenCalledWith({ x: 7, y: 8 });
    element.dispatchEvent(new MouseEvent("dblclick", { clientX: 3, clientY: 4, bubbles: true }));
    expect(actions.doubleClick).toHaveBeenCalledWith({ x: 3, y: 4 });
  });
});
