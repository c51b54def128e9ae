export interface Timers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HoverIntentOptions<T> {
  /** How long the pointer must rest on a target before its card shows (a setting, read each time). */
  dwellMs: () => number;
  /** How long a shown card waits for the pointer to come back or move into it. */
  graceMs: number;
  timers: Timers;
  show(target: T): void;
  hide(): void;
}

/**
 * When to show and hide a card for what the pointer is over: only after a
 * dwell (a pointer passing by shows nothing), never while the user selects
 * text, and with a grace period to move from the name into the card.
 */
export class HoverIntent<T> {
  private shown: T | undefined;
  private candidate: T | undefined;
  private dwellTimer: number | undefined;
  private graceTimer: number | undefined;
  private overCard = false;
  private selecting = false;
  private pinned = false;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  get current(): T | undefined {
    return this.shown;
  }

  /** The pointer moved; `target` is what is under it now, if anything. */
  pointerOver(target: T | undefined): void {
    if (target !== undefined && target === this.shown) {
      this.cancelDwell();
      this.cancelGrace();
      return;
    }
    if (target !== this.candidate) {
      this.cancelDwell();
      this.candidate = target;
      if (target !== undefined && !this.selecting) {
        this.dwellTimer = this.options.timers.setTimeout(() => this.show(target), this.options.dwellMs());
      }
    }
    if (this.shown !== undefined && !this.overCard) this.startGrace();
  }

  enterCard(): void {
    this.overCard = true;
    this.cancelGrace();
  }

  leaveCard(): void {
    this.overCard = false;
    if (this.shown !== undefined) this.startGrace();
  }

  /** A press outside the card: the user may be selecting text, and an unpinned card goes. */
  pointerDown(): void {
    this.selecting = true;
    this.cancelDwell();
    this.candidate = undefined;
    if (!this.pinned) this.dismiss();
  }

  /** The press ended; cards come back once no text is selected. */
  pointerUp(textSelected: boolean): void {
    this.selecting = textSelected;
  }

  /** A pinned card stays until it is closed. */
  pin(pinned: boolean): void {
    this.pinned = pinned;
    if (pinned) this.cancelGrace();
    else if (!this.overCard && this.shown !== undefined) this.startGrace();
  }

  /** Shows a card at once (keyboard, popup), as if hovered long enough. */
  show(target: T): void {
    this.cancelDwell();
    this.cancelGrace();
    this.candidate = undefined;
    this.shown = target;
    this.options.show(target);
  }

  dismiss(): void {
    this.cancelDwell();
    this.cancelGrace();
    this.candidate = undefined;
    this.pinned = false;
    this.overCard = false;
    if (this.shown === undefined) return;
    this.shown = undefined;
    this.options.hide();
  }

  private startGrace(): void {
    if (this.graceTimer !== undefined || this.pinned) return;
    this.graceTimer = this.options.timers.setTimeout(() => {
      this.graceTimer = undefined;
      this.dismiss();
    }, this.options.graceMs);
  }

  private cancelDwell(): void {
    if (this.dwellTimer !== undefined) this.options.timers.clearTimeout(this.dwellTimer);
    this.dwellTimer = undefined;
  }

  private cancelGrace(): void {
    if (this.graceTimer !== undefined) this.options.timers.clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }
}
