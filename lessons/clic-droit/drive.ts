import { within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import type { ClicDroitEvent } from './machine';

const photo = (stage: HTMLElement) => within(stage).getByRole('button', { name: 'La photo' });
// jsdom has no layout: every box is 0×0 at (0, 0), so a press at (0, 0) lands on the photo and
// the frame's own element (not the photo, not the menu) is « somewhere else ».
const area = (stage: HTMLElement) => within(stage).getByRole('group');

/** Test-only: the learner's hands for each event of clic-droit. */
export const drive: LessonDrive<ClicDroitEvent> = {
  'user.rightClick': {
    samples: [{ type: 'user.rightClick' }],
    perform: ({ user, stage }) => user.pointer({ keys: '[MouseRight]', target: photo(stage) }),
  },
  'user.leftClick': {
    samples: [{ type: 'user.leftClick' }],
    perform: ({ user, stage }) => user.pointer({ keys: '[MouseLeft]', target: photo(stage) }),
  },
  'user.miss': {
    samples: [{ type: 'user.miss' }],
    perform: ({ user, stage }) => user.pointer({ keys: '[MouseRight]', target: area(stage) }),
  },
  'user.choose': {
    samples: [
      { type: 'user.choose', item: 'Copier' },
      { type: 'user.choose', item: 'Renommer' },
    ],
    perform: ({ user, stage }, event) => user.click(within(stage).getByRole('menuitem', { name: event.item })),
  },
  'user.close': {
    samples: [
      { type: 'user.close', by: 'escape', touch: false },
      { type: 'user.close', by: 'outside', touch: false },
      { type: 'user.close', by: 'outside', touch: true },
    ],
    perform: ({ user, stage }, event) => {
      if (event.by === 'escape') return user.keyboard('{Escape}');
      return user.pointer({ keys: event.touch ? '[TouchA]' : '[MouseLeft]', target: area(stage) });
    },
  },
};
