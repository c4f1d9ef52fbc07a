import { within } from '@testing-library/react';
import type { Hands, LessonDrive } from '../../src/kit/testing';
import type { GlisserDeposerEvent } from './machine';
import { ZONE_NAMES } from './scenes';

const itemIn = (stage: HTMLElement) => stage.querySelector<HTMLElement>('.glisser-item')!;

/** The keyboard path (jsdom has no layout to aim at): Entrée takes the thing. */
async function take({ user, stage }: Hands) {
  itemIn(stage).focus();
  await user.keyboard('{Enter}');
}

/** Test-only: the learner's hands for each event of glisser-deposer. */
export const drive: LessonDrive<GlisserDeposerEvent> = {
  'user.grab': {
    samples: [{ type: 'user.grab' }],
    perform: take,
  },
  'user.releaseEarly': {
    samples: [{ type: 'user.releaseEarly' }],
    // A press and a release on the spot: a click, not a drag.
    perform: ({ user, stage }) => user.pointer({ keys: '[MouseLeft]', target: itemIn(stage), coords: { clientX: 20, clientY: 20 } }),
  },
  'user.drop': {
    samples: [{ type: 'user.drop', zone: 'album' }, { type: 'user.drop', zone: 'folder' }, { type: 'user.drop', zone: 'bin' }, { type: 'user.drop', zone: null }],
    perform: async (hands, event) => {
      const { user, stage } = hands;
      if (event.zone === null) {
        // Carried far from every place (jsdom puts every place at 0,0) and let go: it goes back home.
        const item = itemIn(stage);
        await user.pointer([
          { keys: '[MouseLeft>]', target: item, coords: { clientX: 20, clientY: 20 } },
          { target: item, coords: { clientX: 220, clientY: 260 } },
          { target: item, coords: { clientX: 420, clientY: 400 } },
          { keys: '[/MouseLeft]', target: item, coords: { clientX: 420, clientY: 400 } },
        ]);
        return;
      }
      await take(hands);
      within(stage).getByRole('button', { name: ZONE_NAMES[event.zone] }).focus();
      await user.keyboard('{Enter}');
    },
  },
};
