import type { ReactiveController } from 'lit';
import type { Chronology } from '../model/types.js';
import type { ValidationError, ValidationResult } from '../model/validate.js';
import { check } from '../model/check.js';
import { needsExtendedDates } from '../model/dates.js';
import { needsExtras } from '../templates/event.js';
import type { SourceController, SourceHost } from '../features/source/controller.js';
import type { ChildEventsController } from './children.js';
import type { Problems } from '../core/problems.js';
import type { FeatureController, FeaturesHost } from '../core/features.js';

/** No data: what an element shows before it is given any. */
export const EMPTY: Chronology = { title: '', categories: [], events: [] };

export interface DataHost
  extends FeaturesHost, SourceHost, Pick<Element, 'localName' | 'querySelector' | 'dispatchEvent'> {
  readonly hasUpdated: boolean;
  readonly chronology: Chronology;
  readonly src: string | undefined;
}

/**
 * The chronology shown: the host's `chronology` with any `<timeline-event>` children, validated, or
 * the valid part of what `src` loaded; and every problem found in them or their loading. It fetches
 * the code the data needs (the validator, the story chunk for pictures and corrections, the words
 * for extended dates), and reports each new set of problems once, after the render that shows it.
 */
export class DataController implements ReactiveController {
  /** The validated data, and what it was validated from. */
  #data: { input: Chronology; children: readonly unknown[]; result: ValidationResult } | undefined;
  /** A chronology validated by the `src` loader, so it is not validated twice. */
  #loaded: ValidationResult | undefined;
  #toReport: ValidationError[] = [];
  /** Why the last `src` load failed; shown until new data arrives. */
  #loadErrors: ValidationError[] = [];
  /** Created, with its chunk, the first time `src` is set. */
  #source: SourceController | undefined;

  constructor(
    private readonly host: DataHost,
    private readonly problems: Problems,
    private readonly features: FeatureController,
    private readonly children: ChildEventsController,
    /** Asks for the `story` feature, which draws pictures and corrections. */
    private readonly loadStory: () => void,
    /** `src` loaded: the element shows its valid part as its `chronology`. */
    private readonly loaded: (chronology: Chronology) => void,
  ) {
    host.addController(this);
  }

  /** The valid data shown. */
  get chronology(): Chronology {
    return this.#data?.result.chronology ?? EMPTY;
  }

  get errors(): readonly ValidationError[] {
    return [...this.problems.missingCode, ...this.#loadErrors, ...(this.#data?.result.errors ?? [])];
  }

  /** Whether `src` is loading, or data waits for the validator; also while the code that loads it is on its way. */
  get loading(): boolean {
    if (this.features.loading('validate')) return true;
    return this.#source ? this.#source.loading : Boolean(this.host.src) && !this.problems.missing('source');
  }

  /** Validates the chronology with any children, when either changed; true when the data shown changed. */
  validate(): boolean {
    const input = this.host.chronology;
    const children = this.children.events;
    if (this.#data?.input === input && this.#data.children === children) return false;
    // Pictures and corrections are drawn by the story feature: shown once it is here, not before.
    if (needsExtras(input) && !this.features.get('story') && !this.problems.missing('story')) {
      this.loadStory();
      if (!this.features.get('story')) return false;
    }
    const reader = this.children.reader;
    const result =
      children.length && reader
        ? reader.validateWithChildren(input, children, input === EMPTY)
        : this.#loaded?.chronology === input
          ? this.#loaded
          : input === EMPTY || this.problems.missing('validate')
            ? { chronology: EMPTY, errors: [] }
            : check(input);
    if (!result) {
      this.features.want('validate');
      return false;
    }
    this.#loaded = undefined;
    this.#data = { input, children, result };
    this.#loadErrors = [];
    this.#toReport = result.errors;
    if (needsExtendedDates(result.chronology)) this.features.want('dates');
    return true;
  }

  /** Fetches the `src` loader the first time the host has a `src`. */
  loadSource(): void {
    if (!this.host.src || this.#source) return;
    this.features.want('source', (module) => {
      this.#source = new module.SourceController(this.host, this.problems, {
        loaded: (result) => {
          this.#loaded = result;
          this.loaded(result.chronology);
        },
        failed: (errors) => {
          this.#loadErrors = errors;
          this.host.requestUpdate();
        },
      });
    });
  }

  hostUpdated(): void {
    // An element with no data yet says so on screen, and nothing in the console: pages often set
    // the chronology after a fetch, and a warning at the first render would be a false alarm.
    if (this.#toReport.length > 0) {
      this.problems.report(this.#toReport, 'problem(s) in the chronology; invalid parts are not shown');
      this.#toReport = [];
    }
  }
}
