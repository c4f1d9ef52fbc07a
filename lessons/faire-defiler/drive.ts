import { fireEvent, within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import type { FaireDefilerEvent, Means, Position } from './machine';

/** jsdom has no layout: give the page a size, so that its scroll offset means top, middle or bottom. */
const HEIGHT = 400;
const LENGTH = 2400;
const OFFSETS: Record<Position, number> = { top: 0, middle: LENGTH / 2, bottom: LENGTH - HEIGHT };

function scrollTo(box: HTMLElement, position: Position) {
  Object.defineProperty(box, 'clientHeight', { configurable: true, value: HEIGHT });
  Object.defineProperty(box, 'scrollHeight', { configurable: true, value: LENGTH });
  box.scrollTop = OFFSETS[position];
  fireEvent.scroll(box);
}

const KEYS: Record<Position, string> = { top: '{Home}', middle: '{PageDown}', bottom: '{End}' };

/** Test-only: the learner's hands for each event of faire-defiler. */
export const drive: LessonDrive<FaireDefilerEvent> = {
  'user.scroll': {
    samples: (['top', 'middle', 'bottom'] as const).flatMap((position) =>
      (['wheel', 'bar', 'keys', 'finger'] as const).map((by: Means) => ({ type: 'user.scroll' as const, position, by })),
    ),
    perform: async ({ user, stage }, { position, by }) => {
      const box = within(stage).getByRole('region');
      if (by === 'wheel') fireEvent.wheel(box, { deltaY: position === 'top' ? -300 : 300 });
      if (by === 'keys') {
        box.focus();
        await user.keyboard(KEYS[position]);
      }
      // jsdom's page has no width either, so any press lands « beyond the content »: on the bar.
      if (by === 'bar') fireEvent.pointerDown(box, { pointerType: 'mouse', button: 0, clientX: 1 });
      if (by === 'finger') fireEvent.pointerDown(box, { pointerType: 'touch', clientX: 1 });
      scrollTo(box, position);
      if (by === 'bar') fireEvent.pointerUp(box, { pointerType: 'mouse', button: 0, clientX: 1 });
      if (by === 'finger') fireEvent.pointerCancel(box, { pointerType: 'touch' });
    },
  },
  'user.found': {
    samples: [{ type: 'user.found' }],
    perform: ({ user, stage }) => user.click(within(stage).getByRole('button', { name: 'Bravo' })),
  },
};
