/** The view in jsdom: what a miss looks like, and a first name that leaves no trace. */
import { screen, waitFor } from '@testing-library/react';
import { renderApp, storeWithSettings } from '../../tests/helpers/renderApp';

const LESSON = '/lecons/lettres-et-mots';
const feedback = () => document.querySelector('.lm-feedback');
/** A learner who said earlier that the keyboard is a French AZERTY one. */
const azertyStore = () => storeWithSettings({ keyboardLayout: 'fr-azerty', narration: true });

describe('lettres-et-mots on screen', () => {
  it('says which letter was typed and which was wanted, and writes only the right one', async () => {
    const app = await renderApp({ path: LESSON, store: azertyStore() });
    await screen.findByText('Étape 1 sur 4');
    const field = screen.getByLabelText('Votre texte');
    expect(field).toHaveFocus();
    await app.user.keyboard('z');
    expect(feedback()).toHaveTextContent('Vous avez tapé z. Il fallait a');
    expect(field).toHaveValue('');
    await app.user.keyboard('{Backspace}');
    // Both sentences, the second after a space.
    expect(feedback()).toHaveTextContent("plus bas. Pas besoin d'effacer");
    await app.user.keyboard('a');
    expect(field).toHaveValue('a');
    expect(screen.getByRole('figure', { name: 'Le clavier. La touche Z est en couleur.' })).toBeVisible();
  });

  it('draws a wrong key without touching the field: React does not rewrite its attributes on every miss', async () => {
    const app = await renderApp({ path: LESSON, store: azertyStore() });
    await screen.findByText('Étape 1 sur 4');
    const field = screen.getByLabelText('Votre texte');
    await app.user.keyboard('z');
    const changes: string[] = [];
    const observer = new MutationObserver((records) => records.forEach((record) => changes.push(record.attributeName ?? record.type)));
    observer.observe(field, { attributes: true });
    await app.user.keyboard('k');
    await app.user.keyboard('x');
    observer.disconnect();
    expect(feedback()).toHaveTextContent('Vous avez tapé x. Il fallait a');
    expect(changes).toEqual([]);
  });

  it('draws a miss at once, and the lesson counts it just after: the second miss names the finger', async () => {
    const app = await renderApp({ path: LESSON, store: azertyStore() });
    await screen.findByText('Étape 1 sur 4');
    await app.user.keyboard('z');
    expect(feedback()).toHaveTextContent('Vous avez tapé z. Il fallait a');
    expect(document.querySelector('.osk-mark[data-state="wrong"][data-code]')).not.toBeNull();
    expect(document.querySelector('.osk-compare')).toHaveTextContent('✗');
    await app.user.keyboard('k');
    expect(feedback()).toHaveTextContent('Vous avez tapé k. Il fallait a');
    await waitFor(() => expect(document.querySelector('.osk-finger')).not.toBeNull());
    // The right letter still counts, after the two misses: the field shows it, the next letter is asked.
    await app.user.keyboard('a');
    expect(screen.getByLabelText('Votre texte')).toHaveValue('a');
    expect(document.querySelector('.osk-mark[data-state="wrong"][data-code]')).toBeNull();
  });

  it('never shows a key the lesson accepts as a miss, not even for a moment', async () => {
    const app = await renderApp({ path: LESSON, store: azertyStore() });
    await screen.findByText('Étape 1 sur 4');
    // Every text the feedback held on the way: texts changed, and texts taken away.
    const said: string[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((record) => {
        if (record.oldValue !== null) said.push(record.oldValue);
        record.removedNodes.forEach((node) => said.push(node.textContent ?? ''));
      }),
    );
    observer.observe(feedback()!, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
    await app.user.keyboard('a');
    await app.user.keyboard('z');
    observer.disconnect();
    said.push(feedback()!.textContent ?? '');
    expect(screen.getByLabelText('Votre texte')).toHaveValue('a z');
    expect(said.filter((text) => text.includes('Vous avez tapé'))).toEqual([]);
  });

  it('never keeps the first name: not in the progress, not in the settings', async () => {
    const store = azertyStore();
    const app = await renderApp({ path: LESSON, store });
    await screen.findByText('Étape 1 sur 4');
    for (let step = 1; step < 3; step += 1) await app.user.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    const field = await screen.findByLabelText('Votre prénom');
    await app.user.type(field, 'Zoé4{Enter}');
    expect(feedback()).toHaveTextContent("Un prénom s'écrit avec des lettres");
    await app.user.type(field, '{Backspace}{Enter}');
    await screen.findByText('Étape 4 sur 4');
    await app.user.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    await screen.findByRole('heading', { name: 'Bravo !' });
    const saved = ['pas-a-pas.progress', 'pas-a-pas.settings'].map((key) => store.get(key) ?? '').join('\n');
    expect(saved).toContain('lettres-et-mots');
    expect(saved).not.toMatch(/Zo/);
    expect(document.body.textContent).not.toMatch(/Zoé/);
  });
});
