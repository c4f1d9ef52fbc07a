/** The view in jsdom: a miss is drawn from the key handler, and a key the lesson accepts never is. */
import { screen } from '@testing-library/react';
import { renderApp, storeWithSettings } from '../../tests/helpers/renderApp';

const feedback = () => document.querySelector('.typing-feedback')!;

/** The lesson on screen at its first step, for a learner with a French AZERTY keyboard. */
async function openChiffres() {
  const app = await renderApp({ path: '/lecons/chiffres', store: storeWithSettings({ keyboardLayout: 'fr-azerty' }) });
  await screen.findByText('Étape 1 sur 5');
  return app;
}

/**
 * Every text the feedback held while `typing` ran, read right after each key event reached the
 * lesson (a listener on the document runs after the field's own, before React draws), and the last.
 */
async function saidWhile(typing: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const read = () => said.push(feedback().textContent ?? '');
  const types = ['keydown', 'keypress', 'beforeinput', 'input', 'keyup'];
  types.forEach((type) => document.addEventListener(type, read));
  await typing();
  types.forEach((type) => document.removeEventListener(type, read));
  return [...said, feedback().textContent ?? ''];
}

describe('chiffres on screen', () => {
  it('names a wrong key, and never shows a key it accepts as a miss, not even for a moment', async () => {
    const app = await openChiffres();
    screen.getByRole('textbox').focus();
    await app.user.keyboard('&');
    expect(feedback()).toHaveTextContent('Vous avez tapé &. Il fallait 1.');
    const said = await saidWhile(() => app.user.keyboard('1'));
    expect(screen.getByRole('textbox')).toHaveValue('1');
    // The miss before is taken away; the accepted 1 is never said to be one.
    expect(said.filter((text) => text.includes('Vous avez tapé 1'))).toEqual([]);
  });

  it('counts a key held down once, and says why nothing more is typed', async () => {
    const app = await openChiffres();
    screen.getByRole('textbox').focus();
    // Maj and 1 held down long enough for 1 to repeat three times (111 on a computer).
    await app.user.keyboard('{Shift>}{1>4/}{/Shift}');
    expect(screen.getByRole('textbox')).toHaveValue('1');
    expect(document.querySelector('.typing-focus .field-note-text')).toHaveTextContent('Votre doigt est resté sur 1. Sur un ordinateur, une touche gardée enfoncée se répète.');
    expect(feedback()).not.toHaveTextContent('Vous avez tapé');
    // The next key takes the note away.
    await app.user.keyboard('{Shift>}2{/Shift}');
    expect(screen.getByRole('textbox')).toHaveValue('12');
    expect(document.querySelector('.typing-focus .field-note-text')).toHaveTextContent('Le curseur est dans la case.');
  });

  it('with Verr. Maj left on, asks to turn it off first, not to hold Maj (which then gives &)', async () => {
    const app = await openChiffres();
    screen.getByRole('textbox').focus();
    // Left on: every key event after it reports the lamp on, as Windows does.
    await app.user.keyboard('{CapsLock}');
    // Its lamp is drawn, and the key to press now is Verr. Maj.
    await vi.waitFor(() => expect(document.querySelector('.osk-lamps')).toHaveTextContent('Verr. Maj : allumé'));
    expect(feedback()).toHaveTextContent('Verr. Maj est allumé');
    expect(document.querySelector('.osk-mark[data-code="CapsLock"]')).toHaveAttribute('data-state', 'target');
    await app.user.keyboard('&');
    expect(feedback()).toHaveTextContent('Vous avez tapé &. Il fallait 1.');
    expect(feedback()).toHaveTextContent('Appuyez une fois sur Verr. Maj pour l\'éteindre.');
    expect(feedback()).not.toHaveTextContent('Tenez');
  });

  it('in the tax number, a digit is never said to be « not a digit »', async () => {
    const app = await openChiffres();
    for (let step = 1; step <= 4; step += 1) await app.user.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    await screen.findByText('Étape 5 sur 5');
    screen.getByRole('textbox').focus();
    await app.user.keyboard('x');
    expect(feedback()).toHaveTextContent('Vous avez tapé x.');
    const said = await saidWhile(() => app.user.keyboard('12'));
    expect(screen.getByRole('textbox')).toHaveValue('12');
    expect(said.filter((text) => /Vous avez tapé [12]/.test(text))).toEqual([]);
  });
});
