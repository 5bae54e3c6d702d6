/**
 * Label widths from the widths of their characters, each measured once per font: close enough to
 * keep labels apart, and far cheaper than measuring thousands of labels (kerning is ignored).
 */
export class TextWidths {
  private readonly characters = new Map<string, number>();

  constructor(private readonly context: CanvasRenderingContext2D, private readonly font: string) {}

  of(text: string): number {
    let width = 0;
    for (const character of text) {
      let measured = this.characters.get(character);
      if (measured === undefined) {
        const saved = this.context.font;
        this.context.font = this.font;
        measured = this.context.measureText(character).width;
        this.context.font = saved;
        this.characters.set(character, measured);
      }
      width += measured;
    }
    return width;
  }
}
