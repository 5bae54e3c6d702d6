import { api } from "../api";
import type { Explorer } from "../explorer";
import type { BriefRef } from "../types";
import { formatTime, h } from "./dom";

function shorten(text: string): string {
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

/** A slider over the briefs in import order: moving it back hides what arrived later; Play replays. */
export class Timeline {
  private briefs: (BriefRef & { time: number })[] = [];
  private readonly slider = h("input", { type: "range", min: 0, max: 0, value: 0, step: 1, "aria-label": "Import time" });
  private readonly label = h("output", { class: "muted small" }, "All briefs");
  private readonly play = h("button", { type: "button" }, "Play");
  private timer: number | undefined;

  constructor(element: HTMLElement, private readonly explorer: Explorer) {
    this.slider.addEventListener("input", () => this.apply());
    this.play.addEventListener("click", () => this.toggle());
    element.append(h("label", { class: "timeline-label" }, "Time"), this.slider, this.play, this.label);
  }

  async load(): Promise<void> {
    try {
      this.setBriefs(await api.briefs());
    } catch (error) {
      console.warn("briefs unavailable", error);
    }
  }

  add(brief: BriefRef): void {
    if (this.briefs.some((b) => b.key === brief.key)) return;
    this.setBriefs([...this.briefs, brief]);
  }

  private setBriefs(briefs: BriefRef[]): void {
    const atEnd = Number(this.slider.value) >= Number(this.slider.max);
    this.explorer.time.setBriefs(briefs);
    this.briefs = briefs
      .map((brief) => ({ ...brief, time: new Date(brief.importedAt ?? 0).getTime() }))
      .filter((brief) => !Number.isNaN(brief.time))
      .sort((a, b) => a.time - b.time);
    this.slider.max = String(Math.max(0, this.briefs.length - 1));
    if (atEnd) this.slider.value = this.slider.max;
    this.apply();
  }

  private apply(): void {
    const index = Number(this.slider.value);
    const atEnd = index >= this.briefs.length - 1;
    const brief = this.briefs[index];
    this.explorer.view.timeCutoff = atEnd || !brief ? null : brief.time;
    this.label.textContent = atEnd || !brief
      ? `All ${this.briefs.length} briefs`
      : `Up to ${formatTime(brief.importedAt)} · ${index + 1} of ${this.briefs.length} briefs (“${shorten(brief.title)}”)`;
    this.slider.setAttribute("aria-valuetext", this.label.textContent);
    this.explorer.view.changed();
  }

  private toggle(): void {
    if (this.timer !== undefined) {
      this.stop();
      return;
    }
    this.slider.value = "0";
    this.apply();
    this.play.textContent = "Pause";
    this.timer = window.setInterval(() => {
      const next = Number(this.slider.value) + 1;
      this.slider.value = String(next);
      this.apply();
      if (next >= this.briefs.length - 1) this.stop();
    }, 800);
  }

  private stop(): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = "Play";
  }
}
