const FRAMES = 90;

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Changes the view a little every frame (a pan step, a layout step) and records the time between frames. */
export async function measureFrames(move: (step: number) => void): Promise<number[]> {
  const intervals: number[] = [];
  let last = await nextFrame();
  for (let step = 0; step < FRAMES; step++) {
    move(step);
    const now = await nextFrame();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}

/** How far every node moves in a layout step: a little, back and forth, as ForceAtlas2 does when settling. */
export function layoutShift(step: number): number {
  return Math.sin(step) * 0.2;
}

/**
 * Pans the way a user does: press on the canvas, move a few pixels every frame, release, with the
 * events the renderer listens to (pointer or mouse). The press lands on empty background (a corner),
 * so it pans rather than drags a node.
 */
export async function dragAcross(layer: HTMLElement, family: "pointer" | "mouse"): Promise<number[]> {
  const rect = layer.getBoundingClientRect();
  let x = rect.left + 5;
  let y = rect.top + 5;
  const fire = (action: "down" | "move" | "up") => {
    const init = { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: action === "up" ? 0 : 1 };
    layer.dispatchEvent(family === "pointer"
      ? new PointerEvent(`pointer${action}`, { ...init, pointerId: 1, pointerType: "mouse", isPrimary: true })
      : new MouseEvent(`mouse${action}`, init));
  };
  fire("down");
  const intervals = await measureFrames((step) => {
    x += step % 60 < 30 ? 6 : -6;
    y += 1;
    fire("move");
  });
  fire("up");
  return intervals;
}
