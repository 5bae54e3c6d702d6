const PAN_FRAMES = 90;

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Pans by moving the camera a little every frame and records the time between frames. */
export async function panFrames(move: (step: number) => void): Promise<number[]> {
  const intervals: number[] = [];
  let last = await nextFrame();
  for (let step = 0; step < PAN_FRAMES; step++) {
    move(step);
    const now = await nextFrame();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}
