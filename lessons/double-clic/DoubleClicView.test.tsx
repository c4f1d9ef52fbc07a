import { useMachine } from '@xstate/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import type { Learner } from '../../src/kit/lesson';
import { DoubleClicView } from './DoubleClicView';
import { press } from './drive';
import fr from './locales/fr.json';
import { doubleClicMachine } from './machine';

const i18n = createInstance();
void i18n.init({ lng: 'fr', resources: { fr: { translation: fr } }, initAsync: false });

let snapshot: ReturnType<typeof useMachine<typeof doubleClicMachine>>[0];

function Harness({ learner, level }: { learner: Learner; level: number }) {
  const [current, send] = useMachine(doubleClicMachine, { input: { level } });
  snapshot = current;
  return <DoubleClicView snapshot={current} send={send} t={i18n.t} dir="ltr" learner={learner} />;
}

/** The view at the first double-click step, at a given level. */
function atOpenFolder(level: number, learner: Partial<Learner> = {}) {
  const user = userEvent.setup();
  render(<Harness level={level} learner={{ shakyHands: false, touchOnly: false, ...learner }} />);
  const photos = screen.getByRole('button', { name: 'Photos' });
  press(photos, 0);
  expect(snapshot.matches('openFolder')).toBe(true);
  return { user, photos, lettre: screen.getByRole('button', { name: 'Lettre.txt' }) };
}

const feedback = () => screen.getByRole('status').textContent;
const opened = () => document.querySelector('[data-opened]')?.getAttribute('data-opened') ?? null;

describe('double-clic view', () => {
  it('selects with one press and opens with two quick ones', () => {
    const { photos } = atOpenFolder(0);
    expect(photos).toHaveClass('is-selected');
    expect(opened()).toBeNull();
    press(photos, 10_000);
    press(photos, 10_300, 45);
    expect(snapshot.matches('openFile')).toBe(true);
    expect(opened()).toBe('photos');
    expect(feedback()).toBe('Bravo, c\'est ouvert !');
  });

  it('says in words how much too slow two presses were', () => {
    const { photos } = atOpenFolder(0);
    press(photos, 10_000);
    press(photos, 11_500);
    expect(feedback()).toBe('Un peu trop lent : cliquez deux fois plus vite.');
    press(photos, 14_000);
    expect(feedback()).toBe('Beaucoup trop lent : les deux clics doivent se suivre, tac-tac.');
    expect(snapshot.matches('openFolder')).toBe(true);
  });

  it('treats presses seconds apart as two separate clicks, not a slow double-click', () => {
    const { photos } = atOpenFolder(0);
    press(photos, 10_000);
    press(photos, 20_000);
    expect(feedback()).toBe('');
    expect(snapshot.context.misses).toBe(0);
  });

  it('tells when the hand moved between the presses', () => {
    const { photos } = atOpenFolder(0);
    press(photos, 10_000, 40);
    press(photos, 10_200, 60);
    expect(feedback()).toBe('La souris a bougé entre les deux clics. Gardez-la immobile.');
  });

  it('with « Mes mains tremblent », accepts a slower, shakier double-click that steady settings refuse', () => {
    const steady = atOpenFolder(2);
    press(steady.photos, 10_000, 40);
    press(steady.photos, 10_900, 50);
    expect(snapshot.matches('openFolder')).toBe(true);
    cleanup();

    const shaky = atOpenFolder(2, { shakyHands: true });
    expect(shaky.photos.closest('[data-window-ms]')).toHaveAttribute('data-window-ms', '1200');
    press(shaky.photos, 10_000, 40);
    press(shaky.photos, 10_900, 50);
    expect(snapshot.matches('openFile')).toBe(true);
  });

  it('lets a finger move more than a mouse between two taps', () => {
    const { photos } = atOpenFolder(4);
    press(photos, 10_000, 40, 'touch');
    press(photos, 10_200, 55, 'touch');
    expect(snapshot.matches('openFile')).toBe(true);
  });

  it('forgets a first press when the learner presses the empty desktop or another item', () => {
    const { photos, lettre } = atOpenFolder(0);
    press(photos, 10_000);
    press(screen.getByRole('group'), 10_100);
    expect(photos).not.toHaveClass('is-selected');
    press(photos, 10_200);
    expect(snapshot.matches('openFolder')).toBe(true);
    press(lettre, 10_300);
    press(photos, 10_400);
    expect(snapshot.matches('openFolder')).toBe(true);
    expect(feedback()).toBe('');
  });

  it('names the right item kindly when the other one is opened', () => {
    const { lettre } = atOpenFolder(0);
    press(lettre, 10_000);
    press(lettre, 10_100);
    expect(opened()).toBe('lettre');
    expect(feedback()).toBe('Ce n\'est pas celui-ci. Cherchez le dossier Photos.');
  });

  it('opens with Entrée and selects with the space bar, as Windows does', async () => {
    const user = userEvent.setup();
    render(<Harness level={0} learner={{ shakyHands: false, touchOnly: false }} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Photos' })).toHaveFocus();
    await user.keyboard(' ');
    expect(snapshot.matches('openFolder')).toBe(true);
    await user.keyboard('{Enter}');
    expect(snapshot.matches('openFile')).toBe(true);
    expect(feedback()).toBe('Ouvert avec la touche Entrée. Essayez aussi le double-clic.');
  });

  it('frames the item to open and says the words for a finger on a touch screen', () => {
    const { photos } = atOpenFolder(0, { touchOnly: true });
    expect(photos).toHaveClass('is-target');
    expect(photos).toHaveAccessibleDescription("C'est celui-ci.");
    press(photos, 10_000, 40, 'touch');
    press(photos, 11_500, 40, 'touch');
    expect(feedback()).toBe('Un peu trop lent : touchez deux fois plus vite.');
    expect(within(screen.getByRole('group')).getByRole('button', { name: 'Lettre.txt' })).not.toHaveClass('is-target');
  });
});
