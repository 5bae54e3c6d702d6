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
