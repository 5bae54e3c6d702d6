import type { CameraState } from "./camera";

/** The graph's extent in its own coordinates. */
export interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Pixels kept free around the graph when the whole of it is shown. */
const PADDING = 40;

export function extentOf(points: Iterable<Point>): Extent {
  const extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const { x, y } of points) {
    if (x < extent.minX) extent.minX = x;
    if (x > extent.maxX) extent.maxX = x;
    if (y < extent.minY) extent.minY = y;
    if (y > extent.maxY) extent.maxY = y;
  }
  if (!Number.isFinite(extent.minX)) return { minX: 0, maxX: 1, minY: 0, maxY: 1 };
  return extent;
}

/**
 * The camera that shows the graph exactly as before once the frame changes from one extent to
 * another: the same scale and the same graph point at the centre.
 */
export function cameraForExtent(from: Extent, camera: CameraState, to: Extent): CameraState {
  const span = (e: Extent) => Math.max(e.maxX - e.minX, e.maxY - e.minY) || 1;
  const [fromSpan, toSpan] = [span(from), span(to)];
  const centreX = (from.minX + from.maxX) / 2 + (camera.x - 0.5) * fromSpan;
  const centreY = (from.minY + from.maxY) / 2 + (camera.y - 0.5) * fromSpan;
  return {
    x: 0.5 + (centreX - (to.minX + to.maxX) / 2) / toSpan,
    y: 0.5 + (centreY - (to.minY + to.maxY) / 2) / toSpan,
    ratio: camera.ratio * (fromSpan / toSpan),
  };
}

/**
 * Graph coordinates → framed coordinates (the extent centred in the unit square, aspect kept) →
 * viewport pixels through the camera. Graph y grows upwards, screen y downwards. A margin widens
 * the drawing area on every side at the same scale (for pictures drawn beyond the viewport).
 */
export class Projection {
  private readonly centreX: number;
  private readonly centreY: number;
  private readonly span: number;
  /** Drawing-area pixels where the camera looks. */
  private readonly screenX: number;
  private readonly screenY: number;
  /** Pixels per graph unit. */
  readonly scale: number;
  /** Node sizes grow with the square root of the zoom, so zooming in separates nodes. */
  readonly sizeScale: number;
  readonly width: number;
  readonly height: number;

  constructor(extent: Extent, readonly camera: CameraState, viewportWidth: number, viewportHeight: number, margin = 0) {
    this.centreX = (extent.minX + extent.maxX) / 2;
    this.centreY = (extent.minY + extent.maxY) / 2;
    this.span = Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY) || 1;
    const unit = Math.max(1, Math.min(viewportWidth, viewportHeight) - 2 * PADDING);
    this.scale = unit / camera.ratio / this.span;
    this.sizeScale = 1 / Math.sqrt(camera.ratio);
    this.width = viewportWidth + 2 * margin;
    this.height = viewportHeight + 2 * margin;
    this.screenX = this.width / 2;
    this.screenY = this.height / 2;
  }

  framed(point: Point): Point {
    return { x: 0.5 + (point.x - this.centreX) / this.span, y: 0.5 + (point.y - this.centreY) / this.span };
  }

  viewportX(graphX: number): number {
    return this.screenX + (graphX - this.centreX - (this.camera.x - 0.5) * this.span) * this.scale;
  }

  viewportY(graphY: number): number {
    return this.screenY - (graphY - this.centreY - (this.camera.y - 0.5) * this.span) * this.scale;
  }

  toViewport(point: Point): Point {
    return { x: this.viewportX(point.x), y: this.viewportY(point.y) };
  }

  toGraph(viewport: Point): Point {
    return {
      x: (viewport.x - this.screenX) / this.scale + this.centreX + (this.camera.x - 0.5) * this.span,
      y: -(viewport.y - this.screenY) / this.scale + this.centreY + (this.camera.y - 0.5) * this.span,
    };
  }

  /** Framed coordinates of a viewport point (what the camera's x and y are measured in). */
  toFramed(viewport: Point): Point {
    return this.framed(this.toGraph(viewport));
  }

  /** How far the camera moves, in framed units, for a drag of (dx, dy) pixels. */
  framedDelta(dx: number, dy: number): Point {
    return { x: dx / this.scale / this.span, y: -dy / this.scale / this.span };
  }
}
