import type { Point } from "./projection";

/** What the pointer does to the view, in viewport pixels. */
export interface PointerActions {
  nodeAt(point: Point): string | null;
  nodeDown(key: string): void;
  dragNode(key: string, point: Point): void;
  dragNodeEnd(key: string): void;
  pan(dx: number, dy: number): void;
  zoomAt(point: Point, factor: number): void;
  click(point: Point): void;
  doubleClick(point: Point): void;
  hover(point: Point | null): void;
  /** A pan, pinch or node drag starts or ends. */
  gesture(active: boolean): void;
}

/** Movement under this many pixels is still a click. */
const CLICK_TOLERANCE = 4;
const WHEEL_ZOOM_SPEED = 0.0015;

type Gesture = { kind: "pan" } | { kind: "node"; key: string } | { kind: "pinch"; distance: number };

/**
 * Mouse, pen and touch through Pointer Events: drag the background to pan, drag a node to move it,
 * pinch or wheel to zoom, click and double-click.
 */
export class PointerInput {
  private readonly pointers = new Map<number, Point>();
  private gesture: Gesture | null = null;
  private start: Point = { x: 0, y: 0 };
  private moved = false;

  constructor(private readonly element: HTMLElement, private readonly actions: PointerActions) {
    element.addEventListener("pointerdown", (event) => this.down(event));
    element.addEventListener("pointermove", (event) => this.move(event));
    element.addEventListener("pointerup", (event) => this.up(event));
    element.addEventListener("pointercancel", (event) => this.cancel(event));
    element.addEventListener("pointerleave", () => {
      if (this.pointers.size === 0) actions.hover(null);
    });
    element.addEventListener("dblclick", (event) => {
      event.preventDefault();
      actions.doubleClick(this.point(event));
    });
    element.addEventListener("wheel", (event) => this.wheel(event), { passive: false });
  }

  private point(event: MouseEvent): Point {
    const rect = this.element.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private down(event: PointerEvent): void {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    const point = this.point(event);
    this.pointers.set(event.pointerId, point);
    this.element.setPointerCapture?.(event.pointerId);
    if (this.pointers.size === 2) {
      this.gesture = { kind: "pinch", distance: this.pinchDistance() };
      this.moved = true;
      return;
    }
    if (this.pointers.size > 2) return;
    this.start = point;
    this.moved = false;
    const node = this.actions.nodeAt(point);
    this.gesture = node ? { kind: "node", key: node } : { kind: "pan" };
    if (node) this.actions.nodeDown(node);
    this.actions.gesture(true);
  }

  private move(event: PointerEvent): void {
    const point = this.point(event);
    const previous = this.pointers.get(event.pointerId);
    if (!previous || !this.gesture) {
      if (this.pointers.size === 0) this.actions.hover(point);
      return;
    }
    this.pointers.set(event.pointerId, point);
    if (!this.moved && Math.hypot(point.x - this.start.x, point.y - this.start.y) >= CLICK_TOLERANCE) this.moved = true;
    switch (this.gesture.kind) {
      case "pan":
        this.actions.pan(point.x - previous.x, point.y - previous.y);
        break;
      case "node":
        if (this.moved) this.actions.dragNode(this.gesture.key, point);
        break;
      case "pinch": {
        const distance = this.pinchDistance();
        if (distance > 0 && this.gesture.distance > 0) this.actions.zoomAt(this.pinchCentre(), this.gesture.distance / distance);
        this.gesture.distance = distance;
        break;
      }
    }
    event.preventDefault();
  }

  private up(event: PointerEvent): void {
    if (!this.pointers.delete(event.pointerId)) return;
    const gesture = this.gesture;
    if (this.pointers.size > 0) {
      // One finger lifted from a pinch: the other carries on panning.
      if (gesture?.kind === "pinch") this.gesture = { kind: "pan" };
      return;
    }
    this.gesture = null;
    if (gesture?.kind === "node" && this.moved) this.actions.dragNodeEnd(gesture.key);
    if (!this.moved && gesture?.kind !== "pinch") this.actions.click(this.point(event));
    this.actions.gesture(false);
  }

  private cancel(event: PointerEvent): void {
    if (!this.pointers.delete(event.pointerId) || this.pointers.size > 0) return;
    const gesture = this.gesture;
    this.gesture = null;
    if (gesture?.kind === "node" && this.moved) this.actions.dragNodeEnd(gesture.key);
    this.actions.gesture(false);
  }

  private wheel(event: WheelEvent): void {
    event.preventDefault();
    const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
    this.actions.zoomAt(this.point(event), Math.exp(pixels * WHEEL_ZOOM_SPEED));
  }

  private pinchDistance(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }

  private pinchCentre(): Point {
    const [a, b] = [...this.pointers.values()];
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }
}
