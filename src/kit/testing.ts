import type { UserEvent } from '@testing-library/user-event';
import type { EventObject } from 'xstate';

/** What a test's hands hold: user-event, and the lesson's stage (the area the view renders in). */
export interface Hands {
  user: UserEvent;
  stage: HTMLElement;
}

/**
 * How a learner produces each of a lesson's own events (`user.*`), for the generated tests:
 * `samples` feed the xstate/graph walk, `perform` does it on the rendered view with user-event.
 * The runner's events (`lesson.idle`, `lesson.skip`) are driven by the generic test itself.
 */
export type LessonDrive<E extends EventObject> = {
  [T in Exclude<E['type'], `lesson.${string}`>]: {
    samples: Extract<E, { type: T }>[];
    perform: (hands: Hands, event: Extract<E, { type: T }>) => Promise<void>;
  };
};
