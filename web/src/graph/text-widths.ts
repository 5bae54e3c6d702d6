/** Character widths per font, shared by every scene: each character is measured once. */
const measured = new Map<string, Map<string, number>>();
let measuring: CanvasRenderingContext2D | null = null;
/** An average character at 12 px, for a browser that cannot measure text. */
const FALLBACK_WIDTH = 7;

/**
 * Label widths from the widths of their characters: close enough to keep labels apart, and far
 * cheaper than measuring thousands of labels (kerning is ignored).
 */
export class TextWidths {
  private readonly characters: Map<string, number>;

  constructor(private readonly font: string) {
    const known = measured.get(font) ?? new Map<string, number>();
    measured.set(font, known);
    this.characters = known;
  }

  of(text: string): number {
    let width = 0;
    for (const character of text) {
      let characterWidth = this.characters.get(character);
      if (characterWidth === undefined) {
        characterWidth = this.measure(character);
        this.characters.set(character, characterWidth);
      }
      width += characterWidth;
    }
    return width;
  }

  private measure(character: string): number {
    measuring ??= document.createElement("canvas").getContext("2d");
    if (!measuring) return FALLBACK_WIDTH;
    measuring.font = this.font;
    return measuring.measureText(character).width;
  }
}
