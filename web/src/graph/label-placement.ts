/** A label's box in viewport pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const CELL = 8;
/** At most one label starts in each square of this size, so a dense view stays readable. */
const DENSITY_CELL = 90;

/**
 * Keeps labels from overlapping: the viewport is cut into small cells, and a label is placed only
 * when every cell under its box is still free and no other label starts in its density square.
 * Callers offer labels most important first; forced labels are placed whatever the room.
 */
export class LabelPlacement {
  private readonly columns: number;
  private readonly rows: number;
  private readonly taken: Uint8Array;
  private readonly densityColumns: number;
  private readonly started: Uint8Array;

  constructor(width: number, height: number) {
    this.columns = Math.max(1, Math.ceil(width / CELL));
    this.rows = Math.max(1, Math.ceil(height / CELL));
    this.taken = new Uint8Array(this.columns * this.rows);
    this.densityColumns = Math.max(1, Math.ceil(width / DENSITY_CELL));
    this.started = new Uint8Array(this.densityColumns * Math.max(1, Math.ceil(height / DENSITY_CELL)));
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
    const square = Math.floor(Math.max(0, box.y) / DENSITY_CELL) * this.densityColumns + Math.floor(Math.max(0, box.x) / DENSITY_CELL);
    if (!force) {
      if (this.started[square]) return false;
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) if (this.taken[r * this.columns + c]) return false;
      }
    }
    this.started[square] = 1;
    for (let r = r0; r <= r1; r++) this.taken.fill(1, r * this.columns + c0, r * this.columns + c1 + 1);
    return true;
  }
}
