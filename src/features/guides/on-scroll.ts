import { AsyncDirective } from 'lit/async-directive.js';

/**
 * A directive that follows the page's scroll position: once a frame after any scroll (of the page
 * or of a scroller inside it) or resize, while its part is connected, it calls `scrolled()`, which
 * writes styles or sets its value without another render of the element.
 */
export abstract class ScrollDirective extends AsyncDirective {
  #frame = 0;

  protected abstract scrolled(): void;

  /** Calls `scrolled()` in the next frame (once, however many calls come before it). */
  protected schedule = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.scrolled());
  };

  protected override reconnected(): void {
    document.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
  }

  protected override disconnected(): void {
    document.removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.#frame);
  }
}
