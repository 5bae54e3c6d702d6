import type { ViewGraph } from "./store";
import type { ViewState } from "../state/view-state";
import type { TimeIndex } from "./time-index";
import { Camera, type CameraState } from "./camera";
import { cameraForExtent, extentOf, Projection, type Extent, type Point } from "./projection";
import { SceneBuilder, type Scene } from "./scene";
import { ScenePainter, type PaintOptions } from "./scene-painter";
import { ProjectedScene } from "./projected-scene";
import { edgeAt, nodeAt } from "./hit-test";
import { PointerInput } from "./pointer-input";
import { ViewSnapshot } from "./view-snapshot";

export interface RendererEvents {
  nodeClick(key: string): void;
  nodeDoubleClick(key: string): void;
  /** The pointer went down on a node (a drag may follow). */
  nodeDown(key: string): void;
  edgeClick(id: string): void;
  stageClick(): void;
  nodeMoved(key: string): void;
}

/** Past this many relationships edges are left out while the view or the graph moves (they come back at rest). */
const MOVE_EDGE_LIMIT = 20_000;
/** Past this many relationships arrowheads are left out while the view or the graph moves. */
const MOVE_ARROW_LIMIT = 5000;
/** Past this many entities labels are left out while the view or the graph moves. */
const MOVE_LABEL_LIMIT = 2000;
/** A wheel turn counts as moving for this long after its last step. */
const WHEEL_SETTLE_MS = 150;
/** The graph counts as moving (the layout running) while it changed this recently. */
const GRAPH_SETTLE_MS = 100;
/** A view left alone this long gets a snapshot for the next pan or zoom. */
const SNAPSHOT_DELAY_MS = 250;

/**
 * Draws the graph on a Canvas 2D and turns pointer gestures into graph events. Canvas 2D rather
 * than WebGL because analysts' machines without a GPU (and headless browsers) emulate WebGL in
 * software, where it is several times slower; see web/README.md for the measurements.
 */
export class GraphRenderer {
  readonly camera = new Camera();
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  /** A layer above the graph for the hovered node, so hovering never redraws the graph. */
  private readonly hoverCanvas: HTMLCanvasElement;
  private readonly hoverContext: CanvasRenderingContext2D;
  private readonly builder: SceneBuilder;
  private scene: Scene | null = null;
  private painter: ScenePainter | null = null;
  private extent: Extent | null = null;
  private positionsChanged = false;
  /** While a node is dragged the frame stays put, or the view would rescale under the pointer. */
  private frameHeld = false;
  /** Counts changes to what a frame shows at a given camera; snapshots are valid for one version. */
  private version = 0;
  /** When the layout (or anything else) last moved nodes. */
  private positionsMovedAt = 0;
  private snapshot: ViewSnapshot | null = null;
  private snapshotTimer: number | undefined;
  private width = 0;
  private height = 0;
  private frame: number | null = null;
  private gestureActive = false;
  private wheelUntil = 0;
  private settleTimer: number | undefined;
  private hovered: string | null = null;
  private projected: { view: ProjectedScene; version: number } | null = null;

  constructor(
    private readonly graph: ViewGraph,
    private readonly container: HTMLElement,
    view: ViewState,
    time: TimeIndex,
    private readonly events: RendererEvents,
  ) {
    this.builder = new SceneBuilder(graph, view, time);
    [this.canvas, this.context] = createLayer(container);
    [this.hoverCanvas, this.hoverContext] = createLayer(container);
    this.hoverCanvas.style.pointerEvents = "none";
    view.onChange(() => this.invalidateScene());
    for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared", "edgesCleared",
      "nodeAttributesUpdated", "edgeAttributesUpdated", "eachEdgeAttributesUpdated"] as const) {
      graph.on(event, () => this.invalidateScene());
    }
    graph.on("eachNodeAttributesUpdated", ({ hints }) => {
      const onlyPositions = hints?.attributes?.every((name) => name === "x" || name === "y");
      if (onlyPositions) this.invalidatePositions();
      else this.invalidateScene();
    });
    this.camera.onUpdated(() => this.scheduleRender());
    this.bindPointer();
    new ResizeObserver(() => this.resize()).observe(container);
    this.resize();
  }

  /** Rebuilds what is drawn now rather than at the next frame (e.g. before reading positions). */
  refresh(): void {
    this.renderNow();
  }

  /** Viewport position of a node, for tests and overlays. */
  nodeViewportPosition(key: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(key)) return null;
    this.ensureScene();
    return this.projection().toViewport(this.graph.getNodeAttributes(key));
  }

  /** Frames the given nodes (all of them when none are given). */
  focusOn(keys: string[]): void {
    this.ensureScene();
    const projection = this.projection();
    const points = keys.filter((key) => this.graph.hasNode(key)).map((key) => projection.framed(this.graph.getNodeAttributes(key)));
    if (points.length === 0) {
      this.camera.animatedReset({ duration: 300 });
      return;
    }
    if (points.length === 1) {
      this.camera.animate({ x: points[0].x, y: points[0].y }, { duration: 300 });
      return;
    }
    const extent = extentOf(points);
    const ratio = Math.min(1.2, Math.max(0.15, Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY) * 1.4));
    this.camera.animate({ x: (extent.minX + extent.maxX) / 2, y: (extent.minY + extent.maxY) / 2, ratio }, { duration: 300 });
  }

  /**
   * The view as drawn now: the scene and where each of its nodes is on screen (for hit testing and
   * exports). Kept while neither the scene nor the camera changes, so pointer moves reuse it.
   */
  currentView(): ProjectedScene {
    const scene = this.ensureScene();
    const camera = this.camera.getState();
    const last = this.projected;
    if (last && last.version === this.version && last.view.scene === scene && sameCamera(last.view.projection.camera, camera)) return last.view;
    const view = new ProjectedScene(scene, this.projection());
    this.projected = { view, version: this.version };
    return view;
  }

  /** Draws the view, with every detail, on another canvas (for PNG export). */
  paintOnto(context: CanvasRenderingContext2D): void {
    this.ensureScene();
    this.painter?.paint(context, this.currentView(), { edges: true, arrows: true, labels: true });
  }

  get viewportSize(): { width: number; height: number } {
    return { width: this.width, height: this.height };
  }

  private invalidateScene(): void {
    this.scene = null;
    this.scheduleRender();
  }

  private invalidatePositions(): void {
    this.positionsChanged = true;
    this.scheduleRender();
  }

  private ensureScene(): Scene {
    if (!this.scene) {
      this.scene = this.builder.build();
      this.painter = new ScenePainter(this.scene);
      if (!this.frameHeld) this.extent = null;
      this.version++;
    } else if (this.positionsChanged) {
      this.builder.updatePositions(this.scene);
      if (!this.frameHeld) this.extent = null;
      this.version++;
      this.positionsMovedAt = performance.now();
    }
    this.positionsChanged = false;
    // The frame follows every node, hidden ones too, so filtering does not move the view.
    this.extent ??= extentOf(this.graph.mapNodes((_key, data) => data));
    return this.scene;
  }

  private projection(): Projection {
    return new Projection(this.extent ?? extentOf([]), this.camera.getState(), this.width, this.height);
  }

  private scheduleRender(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.renderNow();
    });
  }

  private isMoving(): boolean {
    return this.gestureActive || this.camera.isAnimating() || performance.now() < this.wheelUntil;
  }

  private renderNow(): void {
    const scene = this.ensureScene();
    const context = this.context;
    clearLayer(this.canvas, context);
    const projection = this.projection();
    if (!this.isMoving()) {
      const projected = this.currentView();
      if (this.graphMoving()) {
        // The layout is running: big views leave out what cannot be read while nodes move.
        this.painter?.paint(context, projected, this.movingDetail(scene));
        this.scheduleSettle();
        return;
      }
      this.painter?.paint(context, projected, { edges: true, arrows: true, labels: true });
      this.paintHover(projected);
      this.scheduleSnapshot();
      return;
    }
    clearLayer(this.hoverCanvas, this.hoverContext);
    this.scheduleSettle();
    if (this.snapshot?.version === this.version && this.snapshot.drawInto(context, projection)) return;
    // No picture yet, or moved beyond its margin: a new one from here on, unless the graph itself is
    // moving (the layout running), where a picture would be out of date by the next frame.
    if (!this.graphMoving()) {
      this.snapshot = this.makeSnapshot(scene);
      if (this.snapshot.drawInto(context, projection)) return;
    }
    this.painter?.paint(context, new ProjectedScene(scene, projection), this.movingDetail(scene));
  }

  private movingDetail(scene: Scene): PaintOptions {
    return {
      edges: scene.edges.length <= MOVE_EDGE_LIMIT,
      arrows: scene.edges.length <= MOVE_ARROW_LIMIT,
      labels: scene.nodes.length <= MOVE_LABEL_LIMIT,
    };
  }

  private makeSnapshot(scene: Scene): ViewSnapshot {
    return new ViewSnapshot(scene, this.version, this.painter as ScenePainter, this.extent ?? extentOf([]),
      this.camera.getState(), this.width, this.height, window.devicePixelRatio || 1);
  }

  /** Frames the graph's new extent without moving anything on screen. */
  private releaseFrame(): void {
    this.frameHeld = false;
    const held = this.extent;
    if (!held) return;
    this.extent = extentOf(this.graph.mapNodes((_key, data) => data));
    this.camera.setState(cameraForExtent(held, this.camera.getState(), this.extent));
    this.version++;
  }

  private graphMoving(): boolean {
    return performance.now() - this.positionsMovedAt < GRAPH_SETTLE_MS;
  }

  /** Prepares the picture the next pan will move, once the view has been still for a moment. */
  private scheduleSnapshot(): void {
    window.clearTimeout(this.snapshotTimer);
    this.snapshotTimer = window.setTimeout(() => {
      const scene = this.scene;
      if (!scene || this.isMoving() || this.positionsChanged || this.snapshot?.version === this.version) return;
      const snapshot = this.makeSnapshot(scene);
      this.snapshot = snapshot;
      void snapshot.rasterise();
    }, SNAPSHOT_DELAY_MS);
  }

  /** One more frame once the view stops moving, to bring back what moving leaves out. */
  private scheduleSettle(): void {
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      if (this.isMoving() || this.graphMoving()) this.scheduleSettle();
      else this.scheduleRender();
    }, WHEEL_SETTLE_MS);
  }

  private resize(): void {
    const ratio = window.devicePixelRatio || 1;
    const [width, height] = [this.container.clientWidth, this.container.clientHeight];
    if (width === this.width && height === this.height && this.canvas.width === Math.max(1, Math.round(width * ratio))) return;
    this.version++;
    this.width = width;
    this.height = height;
    for (const canvas of [this.canvas, this.hoverCanvas]) {
      canvas.width = Math.max(1, Math.round(width * ratio));
      canvas.height = Math.max(1, Math.round(height * ratio));
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    this.renderNow();
  }

  private hitNode(point: Point): string | null {
    return nodeAt(this.currentView(), point);
  }

  private bindPointer(): void {
    new PointerInput(this.canvas, {
      nodeAt: (point) => this.hitNode(point),
      nodeDown: (key) => this.events.nodeDown(key),
      dragNode: (key, point) => {
        this.frameHeld = true;
        const position = this.projection().toGraph(point);
        this.graph.mergeNodeAttributes(key, { x: position.x, y: position.y, fixed: true });
      },
      dragNodeEnd: (key) => {
        this.releaseFrame();
        this.events.nodeMoved(key);
      },
      pan: (dx, dy) => {
        this.camera.stopAnimation();
        const delta = this.projection().framedDelta(dx, dy);
        const state = this.camera.getState();
        this.camera.setState({ x: state.x - delta.x, y: state.y - delta.y });
      },
      zoomAt: (point, factor) => {
        this.camera.stopAnimation();
        this.wheelUntil = performance.now() + WHEEL_SETTLE_MS;
        this.camera.zoomAround(this.projection().toFramed(point), this.camera.getState().ratio * factor);
      },
      click: (point) => {
        const projected = this.currentView();
        const node = nodeAt(projected, point);
        if (node) return this.events.nodeClick(node);
        const edge = edgeAt(projected, point);
        if (edge) return this.events.edgeClick(edge);
        this.events.stageClick();
      },
      doubleClick: (point) => {
        const node = this.hitNode(point);
        if (node) this.events.nodeDoubleClick(node);
      },
      hover: (point) => this.hover(point),
      gesture: (active) => {
        this.gestureActive = active;
        if (!active) this.scheduleRender();
      },
    });
  }

  private hover(point: Point | null): void {
    let hovered: string | null = null;
    let overEdge = false;
    if (point) {
      const projected = this.currentView();
      hovered = nodeAt(projected, point);
      overEdge = !hovered && edgeAt(projected, point) !== null;
    }
    this.canvas.style.cursor = hovered || overEdge ? "pointer" : "";
    if (hovered === this.hovered) return;
    this.hovered = hovered;
    if (!this.isMoving()) this.paintHover(this.currentView());
  }

  private paintHover(projected: ProjectedScene): void {
    clearLayer(this.hoverCanvas, this.hoverContext);
    if (this.hovered) this.painter?.paintHover(this.hoverContext, projected, this.hovered);
  }
}

function sameCamera(a: CameraState, b: CameraState): boolean {
  return a.x === b.x && a.y === b.y && a.ratio === b.ratio;
}

function createLayer(container: HTMLElement): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement("canvas");
  container.append(canvas);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw on a canvas.");
  return [canvas, context];
}

/** Clears a layer and leaves its context drawing in CSS pixels. */
function clearLayer(canvas: HTMLCanvasElement, context: CanvasRenderingContext2D): void {
  const ratio = window.devicePixelRatio || 1;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
}
