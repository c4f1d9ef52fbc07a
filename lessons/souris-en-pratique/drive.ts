import { fireEvent, within } from '@testing-library/react';
import type { LessonDrive } from '../../src/kit/testing';
import type { SourisEnPratiqueEvent } from './machine';

const button = (stage: HTMLElement, name: string) => within(stage).getByRole('button', { name });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Test-only: the learner's hands for each event of souris-en-pratique. jsdom has no layout (every
 * box is 0×0 at 0,0), so presses land « on » everything: what tells gestures apart here is time,
 * distance between presses, the button pressed, the keyboard and the list's scroll position.
 */
export const drive: LessonDrive<SourisEnPratiqueEvent> = {
  'user.doubleClick': {
    samples: [
      { type: 'user.doubleClick', via: 'pointer' },
      { type: 'user.doubleClick', via: 'keyboard' },
    ],
    perform: async ({ user, stage }, event) => {
      const folder = button(stage, 'Documents');
      await user.click(button(stage, 'Photos'));
      if (event.via === 'pointer') return user.dblClick(folder);
      folder.focus();
      await user.keyboard('{Enter}');
    },
  },
  'user.tooSlow': {
    samples: [
      { type: 'user.tooSlow', by: 'aLittle' },
      { type: 'user.tooSlow', by: 'aLot' },
    ],
    // At level 0 the window is 1.2 s: « a little » is under twice that, « a lot » beyond.
    perform: async ({ user, stage }, event) => {
      const folder = button(stage, 'Documents');
      await user.click(button(stage, 'Photos'));
      await user.click(folder);
      await pause(event.by === 'aLittle' ? 1500 : 2600);
      await user.click(folder);
    },
  },
  'user.tooFar': {
    samples: [{ type: 'user.tooFar' }],
    perform: async ({ user, stage }) => {
      const folder = button(stage, 'Documents');
      await user.click(button(stage, 'Photos'));
      await user.pointer([
        { keys: '[MouseLeft]', target: folder, coords: { clientX: 10, clientY: 10 } },
        { keys: '[MouseLeft]', target: folder, coords: { clientX: 70, clientY: 10 } },
      ]);
    },
  },
  'user.drop': {
    samples: [
      { type: 'user.drop', on: 'photos' },
      { type: 'user.drop', on: 'elsewhere' },
    ],
    // The single-pointer way (WCAG 2.5.7): click the photo to pick it up, click where it goes.
    perform: async ({ user, stage }, event) => {
      await user.click(button(stage, 'Vacances.jpg'));
      await user.click(button(stage, event.on === 'photos' ? 'Photos' : 'Documents'));
    },
  },
  'user.contextMenu': {
    samples: [
      { type: 'user.contextMenu', on: 'lettre' },
      { type: 'user.contextMenu', on: 'other' },
    ],
    perform: ({ user, stage }, event) =>
      user.pointer({ keys: '[MouseRight]', target: event.on === 'lettre' ? button(stage, 'Lettre.txt') : within(stage).getByText('Budget.ods') }),
  },
  'user.leftClick': {
    samples: [{ type: 'user.leftClick' }],
    perform: ({ user, stage }) => user.click(button(stage, 'Lettre.txt')),
  },
  'user.menuPick': {
    samples: (['copier', 'ouvrir', 'renommer'] as const).map((item) => ({ type: 'user.menuPick' as const, item })),
    perform: ({ user, stage }, event) => {
      const word = { ouvrir: 'Ouvrir', copier: 'Copier', renommer: 'Renommer' }[event.item];
      return user.click(within(stage).getByRole('menuitem', { name: word }));
    },
  },
  'user.menuClose': {
    samples: [{ type: 'user.menuClose' }],
    perform: async ({ user, stage }) => {
      within(stage).getAllByRole('menuitem')[0].focus();
      await user.keyboard('{Escape}');
    },
  },
  'user.scroll': {
    samples: [
      { type: 'user.scroll', found: true },
      { type: 'user.scroll', found: false },
    ],
    // The wheel, the arrows or a finger all end in a scroll of the list.
    perform: async ({ stage }, event) => {
      const list = within(stage).getByRole('group', { name: 'Documents' });
      list.scrollTop = event.found ? 480 : 0;
      fireEvent.scroll(list);
    },
  },
  'user.close': {
    samples: [{ type: 'user.close' }],
    perform: ({ user, stage }) => user.click(button(stage, 'Fermer')),
  },
};
