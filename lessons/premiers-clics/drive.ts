import { within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import { MOVE_DISTANCE, type PremiersClicsEvent } from './machine';

/** Test-only: the learner's hands for each event of premiers-clics. */
export const drive: LessonDrive<PremiersClicsEvent> = {
  'user.move': {
    samples: [{ type: 'user.move', distance: MOVE_DISTANCE }],
    perform: async ({ user, stage }) => {
      const pad = within(stage).getByRole('img');
      const side = Math.ceil(MOVE_DISTANCE / 2) + 10;
      await user.pointer([
        { target: pad, coords: { clientX: 5, clientY: 5 } },
        { target: pad, coords: { clientX: 5 + side, clientY: 5 } },
        { target: pad, coords: { clientX: 5 + side, clientY: 5 + side } },
      ]);
    },
  },
  'user.hover': {
    samples: [{ type: 'user.hover' }],
    perform: ({ user, stage }) => user.hover(within(stage).getByRole('button')),
  },
  'user.click': {
    samples: [{ type: 'user.click' }],
    // jsdom has no layout (every box is 0×0 at 0,0): press and release there, on the target.
    perform: ({ user, stage }) =>
      user.pointer({ keys: '[MouseLeft]', target: within(stage).getByRole('button'), coords: { clientX: 0, clientY: 0 } }),
  },
  'user.miss': {
    samples: [{ type: 'user.miss' }],
    perform: ({ user, stage }) => user.click(within(stage).getByRole('group')),
  },
};
