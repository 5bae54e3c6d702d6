/**
 * Where the view looks, in framed coordinates: the graph's extent fits the unit square, (0.5, 0.5)
 * is its centre, and ratio 1 shows all of it; smaller ratios zoom in.
 */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface AnimationOptions {
  duration?: number;
}

const HOME: CameraState = { x: 0.5, y: 0.5, ratio: 1 };
const MIN_RATIO = 0.01;
const MAX_RATIO = 20;
const ZOOM_STEP = 1.5;

function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** The camera: its state, smooth moves between states, and who to tell when it moves. */
export class Camera {
  private state: CameraState = { ...HOME };
  private animationFrame: number | null = null;
  private target: CameraState | null = null;
  private readonly listeners: (() => void)[] = [];

  onUpdated(listener: () => void): void {
    this.listeners.push(listener);
  }

  getState(): CameraState {
    return { ...this.state };
  }

  isAnimating(): boolean {
    return this.animationFrame !== null;
  }

  /**
   * Where the camera is headed: the end of the running animation, else where it is. Moves made
   * during an animation start from here, so quick key presses add up instead of cutting it short.
   */
  destination(): CameraState {
    return { ...(this.target ?? this.state) };
  }

  /** Moves at once; values that are not finite numbers are ignored, the ratio is kept in range. */
  setState(target: Partial<CameraState>): void {
    const next = { ...this.state };
    if (Number.isFinite(target.x)) next.x = target.x as number;
    if (Number.isFinite(target.y)) next.y = target.y as number;
    if (Number.isFinite(target.ratio) && (target.ratio as number) > 0) {
      next.ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, target.ratio as number));
    }
    if (next.x === this.state.x && next.y === this.state.y && next.ratio === this.state.ratio) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** Moves so that a framed point stays where it is on screen while the ratio changes. */
  zoomAround(point: { x: number; y: number }, ratio: number): void {
    const clamped = Math.min(MAX_RATIO, Math.max(MIN_RATIO, ratio));
    const factor = clamped / this.state.ratio;
    this.setState({
      x: point.x + (this.state.x - point.x) * factor,
      y: point.y + (this.state.y - point.y) * factor,
      ratio: clamped,
    });
  }

  animate(target: Partial<CameraState>, options: AnimationOptions = {}): void {
    // What the target leaves out keeps where a running animation was taking it.
    const to = { ...this.destination(), ...target };
    this.stopAnimation();
    const duration = options.duration ?? 300;
    const from = this.getState();
    this.target = to;
    const start = performance.now();
    const step = (now: number) => {
      const t = duration <= 0 ? 1 : Math.min(1, (now - start) / duration);
      const k = easeInOut(t);
      this.animationFrame = t < 1 ? requestAnimationFrame(step) : null;
      if (t >= 1) {
        this.target = null;
        this.setState(to);
        return;
      }
      this.setState({
        x: from.x + (to.x - from.x) * k,
        y: from.y + (to.y - from.y) * k,
        // Zoom interpolates geometrically so it feels even at every scale.
        ratio: from.ratio * (to.ratio / from.ratio) ** k,
      });
    };
    this.animationFrame = requestAnimationFrame(step);
  }

  animatedReset(options?: AnimationOptions): void {
    this.animate(HOME, options);
  }

  animatedZoom(options?: AnimationOptions): void {
    this.animate({ ratio: this.destination().ratio / ZOOM_STEP }, options);
  }

  animatedUnzoom(options?: AnimationOptions): void {
    this.animate({ ratio: this.destination().ratio * ZOOM_STEP }, options);
  }

  stopAnimation(): void {
    if (this.animationFrame !== null) cancelAnimationFrame(this.animationFrame);
    this.animationFrame = null;
    this.target = null;
  }
}
