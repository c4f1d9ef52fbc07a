import { act, createEvent, fireEvent, within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import { ITEMS, type DoubleClicEvent, type Item } from './machine';

/** The names the desktop shows (French screen words: they are the buttons' names in every language). */
const NAMES: Record<Item, string> = { photos: 'Photos', lettre: 'Lettre.txt' };

/**
 * jsdom has no real time between two events, so the presses carry their own timeStamp from this
 * clock. Each gesture starts long after the last one, so it is never paired with an older press.
 */
let clock = 1_000_000;

/** One press (mouse or finger) at a chosen time and place: what the view's tracker sees. */
export function press(element: HTMLElement, at: number, x = 40, pointerType: 'mouse' | 'touch' = 'mouse') {
  const event = createEvent.pointerDown(element, { button: 0, pointerType, isPrimary: true, clientX: x, clientY: 40 });
  Object.defineProperty(event, 'timeStamp', { value: at });
  fireEvent(element, event);
}

const item = (stage: HTMLElement, name: Item) => within(stage).getByRole('button', { name: NAMES[name] });

/** The time window the view is using now (it depends on the level and on « Mes mains tremblent »). */
const windowMs = (stage: HTMLElement) => Number(stage.querySelector<HTMLElement>('[data-window-ms]')!.dataset.windowMs);

/** Two presses `gap` ms and `moved` px apart on the item, after a pause that makes them a new try. */
function twoPresses(element: HTMLElement, gap: number, moved = 0) {
  clock += 60_000;
  press(element, clock);
  clock += gap;
  press(element, clock, 40 + moved);
}

/** Test-only: the learner's hands for each event of double-clic. */
export const drive: LessonDrive<DoubleClicEvent> = {
  'user.select': {
    samples: ITEMS.map((name) => ({ type: 'user.select', item: name })),
    perform: async ({ stage }, event) => {
      clock += 60_000;
      press(item(stage, event.item), clock);
    },
  },
  'user.doubleClick': {
    samples: ITEMS.map((name) => ({ type: 'user.doubleClick', item: name })),
    perform: async ({ stage }, event) => twoPresses(item(stage, event.item), 150),
  },
  'user.tooSlow': {
    samples: [
      { type: 'user.tooSlow', by: 'aLittle' },
      { type: 'user.tooSlow', by: 'aLot' },
    ],
    perform: async ({ stage }, event) => twoPresses(item(stage, 'photos'), windowMs(stage) * (event.by === 'aLittle' ? 1.5 : 2.5)),
  },
  'user.moved': {
    samples: [{ type: 'user.moved' }],
    perform: async ({ stage }) => twoPresses(item(stage, 'photos'), 150, 40),
  },
  'user.open': {
    samples: ITEMS.map((name) => ({ type: 'user.open', item: name })),
    perform: async ({ user, stage }, event) => {
      act(() => item(stage, event.item).focus());
      await user.keyboard('{Enter}');
    },
  },
};
