/** A label's box in viewport pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const CELL = 8;

/**
 * Keeps labels from overlapping: the viewport is cut into small cells, and a label is placed only
 * when every cell under its box is still free. Callers offer labels most important first.
 */
export class LabelPlacement {
  private readonly columns: number;
  private readonly rows: number;
  private readonly taken: Uint8Array;

  constructor(width: number, height: number) {
    this.columns = Math.max(1, Math.ceil(width / CELL));
    this.rows = Math.max(1, Math.ceil(height / CELL));
    this.taken = new Uint8Array(this.columns * this.rows);
  }

  /** Places the box when it is on screen and its room is free; says whether it was placed. */
  tryPlace(box: LabelBox, force = false): boolean {
    const left = Math.floor(box.x / CELL);
    const right = Math.floor((box.x + box.width) / CELL);
    const top = Math.floor(box.y / CELL);
    const bottom = Math.floor((box.y + box.height) / CELL);
    if (right < 0 || bottom < 0 || left >= this.columns || top >= this.rows) return false;
    const [c0, c1] = [Math.max(0, left), Math.min(this.columns - 1, right)];
    const [r0, r1] = [Math.max(0, top), Math.min(this.rows - 1, bottom)];
    if (!force) {
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) if (this.taken[r * this.columns + c]) return false;
      }
    }
    for (let r = r0; r <= r1; r++) this.taken.fill(1, r * this.columns + c0, r * this.columns + c1 + 1);
    return true;
  }
}
