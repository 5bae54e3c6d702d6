import type { Camera } from "../graph/camera";

const PAN_STEP = 0.08;

/** Arrow keys pan, + and - zoom, 0 fits the view, while the canvas has the focus. */
export function bindGraphKeyboard(element: HTMLElement, camera: Camera): void {
  element.tabIndex = 0;
  element.addEventListener("keydown", (event) => {
    const state = camera.destination();
    const step = PAN_STEP * state.ratio;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => camera.animate({ x: state.x - step }, { duration: 120 }),
      ArrowRight: () => camera.animate({ x: state.x + step }, { duration: 120 }),
      ArrowUp: () => camera.animate({ y: state.y + step }, { duration: 120 }),
      ArrowDown: () => camera.animate({ y: state.y - step }, { duration: 120 }),
      "+": () => camera.animatedZoom({ duration: 150 }),
      "=": () => camera.animatedZoom({ duration: 150 }),
      "-": () => camera.animatedUnzoom({ duration: 150 }),
      "0": () => camera.animatedReset({ duration: 200 }),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  });
}
