import { useMachine } from '@xstate/react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import type { Learner } from '../../src/kit/lesson';
import { drive } from './drive';
import fr from './locales/fr.json';
import { sourisEnPratiqueMachine, type SourisEnPratiqueEvent } from './machine';
import { SourisEnPratiqueView } from './SourisEnPratiqueView';

const i18n = createInstance();
void i18n.init({ lng: 'fr', resources: { fr: { translation: fr } }, initAsync: false });

let send: (event: SourisEnPratiqueEvent) => void = () => undefined;
let value: unknown;

function Harness({ learner }: { learner: Learner }) {
  const [snapshot, sendToMachine] = useMachine(sourisEnPratiqueMachine, { input: { level: 0 } });
  send = sendToMachine;
  value = snapshot.value;
  return <SourisEnPratiqueView snapshot={snapshot} send={sendToMachine} t={i18n.t} dir="ltr" learner={learner} />;
}

/** The view alone, at a step reached by skipping the ones before. */
function setup(skips = 0, learner: Partial<Learner> = {}) {
  const user = userEvent.setup();
  const { container } = render(<Harness learner={{ shakyHands: false, touchOnly: false, ...learner }} />);
  for (let step = 0; step < skips; step += 1) act(() => send({ type: 'lesson.skip' }));
  return { user, stage: container };
}

const feedback = () => screen.getByRole('status').textContent;
const step = () => Object.keys(value as object)[0];

describe('souris-en-pratique view', () => {
  it('tells a double-click too slow and one whose hand moved; Entrée opens the folder', async () => {
    const hands = setup();
    await drive['user.tooSlow'].perform(hands, { type: 'user.tooSlow', by: 'aLittle' });
    expect(feedback()).toBe(fr.feedback.slowALittle);
    await drive['user.tooFar'].perform(hands, { type: 'user.tooFar' });
    expect(feedback()).toBe(fr.feedback.tooFar);
    expect(step()).toBe('open');
    await drive['user.doubleClick'].perform(hands, { type: 'user.doubleClick', via: 'keyboard' });
    expect(step()).toBe('drag');
  });

  it('carries the photo after a click; Échap puts it back; a wrong folder sends it home', async () => {
    const hands = setup(1);
    const photo = screen.getByRole('button', { name: 'Vacances.jpg' });
    await hands.user.click(photo);
    expect(photo).toHaveAttribute('aria-pressed', 'true');
    expect(feedback()).toContain('Vous tenez la photo');
    await hands.user.keyboard('{Escape}');
    expect(photo).toHaveAttribute('aria-pressed', 'false');
    await drive['user.drop'].perform(hands, { type: 'user.drop', on: 'elsewhere' });
    expect(feedback()).toContain('revenue à sa place');
    expect(screen.getByRole('button', { name: 'Vacances.jpg' })).toBeVisible();
    await drive['user.close'].perform(hands, { type: 'user.close' });
    expect(feedback()).toBe(fr.feedback.notYet);
    await drive['user.drop'].perform(hands, { type: 'user.drop', on: 'photos' });
    expect(step()).toBe('menu');
    expect(screen.queryByRole('button', { name: 'Vacances.jpg' })).toBeNull();
  });

  it('names a left click and a wrong file; Maj+F10 opens the menu, arrows move, Échap closes', async () => {
    const hands = setup(2);
    await drive['user.leftClick'].perform(hands, { type: 'user.leftClick' });
    expect(feedback()).toBe(fr.feedback.leftButton);
    await drive['user.contextMenu'].perform(hands, { type: 'user.contextMenu', on: 'other' });
    expect(feedback()).toContain('Ce n\'est pas ce fichier');
    const lettre = screen.getByRole('button', { name: 'Lettre.txt' });
    lettre.focus();
    await hands.user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = screen.getByRole('menu', { name: 'Lettre.txt' });
    expect(within(menu).getByRole('menuitem', { name: 'Ouvrir' })).toHaveFocus();
    await hands.user.keyboard('{ArrowUp}');
    expect(within(menu).getByRole('menuitem', { name: 'Renommer' })).toHaveFocus();
    await hands.user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Copier' })).toHaveFocus();
    await hands.user.keyboard('{Escape}');
    expect(step()).toBe('menu');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(lettre).toHaveFocus();
    await drive['user.contextMenu'].perform(hands, { type: 'user.contextMenu', on: 'lettre' });
    await hands.user.keyboard('{ArrowDown}{Enter}');
    expect(step()).toBe('scroll');
    expect(screen.getByText('Lettre - copie.txt')).toBeVisible();
  });

  it('opens the menu with a long press of a finger, and says « plus longtemps » after a short tap', async () => {
    setup(2, { touchOnly: true });
    const lettre = screen.getByRole('button', { name: 'Lettre.txt' });
    fireEvent.pointerDown(lettre, { pointerType: 'touch', button: 0 });
    fireEvent.pointerUp(lettre, { pointerType: 'touch', button: 0 });
    expect(feedback()).toBe(fr.feedback.leftButton_touch);
    fireEvent.pointerDown(lettre, { pointerType: 'touch', button: 0 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    fireEvent.pointerUp(lettre, { pointerType: 'touch', button: 0 });
    expect(step()).toBe('copy');
    // Opened by the finger: the focus goes into the menu.
    expect(screen.getByRole('menuitem', { name: 'Ouvrir' })).toHaveFocus();
  });

  it('encourages scrolling, then shows Facture.pdf found', async () => {
    const hands = setup(4);
    await drive['user.scroll'].perform(hands, { type: 'user.scroll', found: false });
    expect(feedback()).toBe(fr.feedback.scrolling);
    await drive['user.scroll'].perform(hands, { type: 'user.scroll', found: true });
    expect(step()).toBe('close');
    expect(within(hands.stage.querySelector('.file-list')!).getByText('Facture.pdf').closest('li')).toHaveClass('is-found');
  });
});
