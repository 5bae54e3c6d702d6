/** A growable list of triangles' coordinates that is reused frame after frame. */
export class TriangleBuffer {
  values = new Float32Array(6 * 1024);
  length = 0;

  /** Adds one triangle. */
  push(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void {
    if (this.length + 6 > this.values.length) {
      const grown = new Float32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    const v = this.values;
    const at = this.length;
    v[at] = x1;
    v[at + 1] = y1;
    v[at + 2] = x2;
    v[at + 3] = y2;
    v[at + 4] = x3;
    v[at + 5] = y3;
    this.length += 6;
  }

  clear(): void {
    this.length = 0;
  }
}
