/** The app as a learner uses it: runner, narration, idle hint, quitting, saving, languages, settings. */
import { act, screen, waitFor, within } from '@testing-library/react';
import { IDLE_MS } from '../src/lesson-runner/LessonRunner';
import { memoryStore } from '../src/storage/safeStorage';
import { fakeNarrator } from './helpers/fakeNarrator';
import { renderApp, storeWithSettings } from './helpers/renderApp';

const LESSON = '/lecons/premiers-clics';

async function tabTo(user: { tab: () => Promise<void> }, element: HTMLElement) {
  for (let presses = 0; presses < 30 && document.activeElement !== element; presses += 1) await user.tab();
  expect(element).toHaveFocus();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the lesson runner', () => {
  it('shows and narrates the first step, with its counter', async () => {
    const app = await renderApp({ path: LESSON });
    expect(await screen.findByText('Étape 1 sur 5')).toBeVisible();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByText(/Posez la main sur la souris/)).toBeVisible();
    await waitFor(() => expect(app.narrator.said[0]).toMatchObject({ lang: 'fr', ns: 'premiers-clics', key: 'steps.move.text' }));
    expect(app.narrator.said[0].text).toMatch(/^Posez la main sur la souris/);
    // The next step's instruction and this step's hint are preloaded.
    expect(app.narrator.preloaded.map((line) => line.key)).toEqual(expect.arrayContaining(['steps.move.hint', 'steps.hover.text']));
  });

  it('after 15 s without input shows the hint and says it, not before', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const app = await renderApp({ path: LESSON });
    await screen.findByText('Étape 1 sur 5');
    // Fake time also follows real time here (loading the lesson takes some): restart the count first.
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' })));
    act(() => vi.advanceTimersByTime(IDLE_MS - 3000));
    expect(app.container.querySelector('.hint')).toBeNull();
    act(() => vi.advanceTimersByTime(3500));
    expect(app.container.querySelector('.hint')).toHaveTextContent('Faites glisser la souris doucement');
    expect(app.narrator.said.at(-1)).toMatchObject({ key: 'steps.move.hint' });
  });

  it('input restarts the idle count', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const app = await renderApp({ path: LESSON });
    await screen.findByText('Étape 1 sur 5');
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' })));
    act(() => vi.advanceTimersByTime(IDLE_MS - 3000));
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' })));
    act(() => vi.advanceTimersByTime(IDLE_MS - 3000));
    expect(app.container.querySelector('.hint')).toBeNull();
  });

  it('says « touchez » on a device without a mouse, and narrates that variant', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }));
    try {
      const app = await renderApp({ path: LESSON });
      expect(await screen.findByText(/Posez un doigt sur le cadre/)).toBeVisible();
      await waitFor(() => expect(app.narrator.said[0]).toMatchObject({ key: 'steps.move.text_touch' }));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('gives a QWERTY keyboard the steps written for its keys, read and narrated; AZERTY keeps its own', async () => {
    const qwerty = await renderApp({ path: '/lecons/caracteres-email', store: storeWithSettings({ keyboardLayout: 'us-qwerty' }) });
    const instruction = () => qwerty.container.querySelector('.instruction-text')?.textContent ?? '';
    await waitFor(() => expect(instruction()).toMatch(/sur la touche 2, en haut\. Tenez la touche Shift, puis appuyez sur 2/));
    expect(instruction()).not.toMatch(/Alt Gr/);
    await waitFor(() => expect(qwerty.narrator.said[0]).toMatchObject({ ns: 'caracteres-email', key: 'steps.at.text_qwerty' }));
    // The hint comes in its QWERTY variant too.
    expect(qwerty.narrator.preloaded.map((line) => line.key)).toContain('steps.at.hint_qwerty');
    qwerty.unmount();

    const azerty = await renderApp({ path: '/lecons/caracteres-email', store: storeWithSettings({ keyboardLayout: 'fr-azerty' }) });
    await waitFor(() => expect(azerty.container.querySelector('.instruction-text')).toHaveTextContent(/tenez la touche Alt Gr, à droite de la barre d'espace/));
    await waitFor(() => expect(azerty.narrator.said[0]).toMatchObject({ key: 'steps.at.text' }));
  });

  it('asks calmly before quitting, and « non » goes back to the lesson', async () => {
    const app = await renderApp({ path: LESSON });
    await screen.findByText('Étape 1 sur 5');
    await app.user.click(screen.getByRole('button', { name: 'Quitter' }));
    const dialog = screen.getByRole('dialog', { name: 'Arrêter la leçon ?' });
    expect(within(dialog).getByRole('button', { name: 'Non, je continue' })).toHaveFocus();
    expect(app.narrator.said.at(-1)).toMatchObject({ key: 'say.quit' });
    await app.user.click(within(dialog).getByRole('button', { name: 'Non, je continue' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await app.user.click(screen.getByRole('button', { name: 'Quitter' }));
    await app.user.click(screen.getByRole('button', { name: 'Oui, arrêter' }));
    expect(await screen.findByRole('heading', { name: 'Bienvenue !' })).toBeVisible();
  });

  it('« Recommencer » goes back to step 1', async () => {
    const app = await renderApp({ path: LESSON });
    await screen.findByText('Étape 1 sur 5');
    await app.user.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    expect(screen.getByText('Étape 2 sur 5')).toBeVisible();
    await app.user.click(screen.getByRole('button', { name: 'Recommencer' }));
    expect(screen.getByText('Étape 1 sur 5')).toBeVisible();
  });

  it('can be completed with the keyboard alone: Tab to the target, Entrée', async () => {
    const app = await renderApp({ path: LESSON });
    await screen.findByText('Étape 1 sur 5');
    await app.user.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    await tabTo(app.user, screen.getByRole('button', { name: 'Le rond' }));
    expect(screen.getByText('Étape 3 sur 5')).toBeVisible(); // focusing the target is the keyboard's hover
    for (let press = 0; press < 7; press += 1) await app.user.keyboard('{Enter}');
    expect(screen.getByText('Étape 5 sur 5')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Terminer' })).toHaveFocus(); // focus is not lost on the way
    await app.user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toHaveFocus();
    expect(screen.getByText('Vous avez fait 8 essais.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Leçon suivante' })).toBeVisible();
  });
});

describe('progress', () => {
  it('is saved at each step and « Continuer » resumes at that step', async () => {
    const store = memoryStore();
    const first = await renderApp({ path: LESSON, store });
    await screen.findByText('Étape 1 sur 5');
    await first.user.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    await first.user.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    expect(screen.getByText('Étape 3 sur 5')).toBeVisible();
    first.unmount();

    const again = await renderApp({ path: '/', store });
    const resume = await screen.findByRole('link', { name: 'Continuer : Premiers clics, étape 3' });
    await again.user.click(resume);
    expect(await screen.findByText('Étape 3 sur 5')).toBeVisible();
  });

  it('marks a finished lesson as done in the catalogue', async () => {
    const store = memoryStore();
    const app = await renderApp({ path: LESSON, store });
    await screen.findByText('Étape 1 sur 5');
    for (let step = 0; step < 5; step += 1) await app.user.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    expect(await screen.findByText('Vous avez passé les exercices. Vous pourrez les refaire quand vous voulez.')).toBeVisible();
    await app.user.click(screen.getByRole('button', { name: 'Voir les leçons' }));
    const card = await screen.findByRole('link', { name: /Premiers clics/ });
    expect(card).toHaveTextContent('✓ Fait');
    expect(card).toHaveTextContent('5 minutes');
  });

  it('corrupt stored progress gives a short notice, and the app goes on', async () => {
    const store = memoryStore();
    store.set('pas-a-pas.progress', '{"version":1,"lessons":');
    const app = await renderApp({ path: '/', store });
    expect(await screen.findByText(/Vos progrès n'ont pas pu être lus/)).toBeVisible();
    await app.user.click(screen.getByRole('button', { name: "J'ai compris" }));
    expect(screen.queryByText(/Vos progrès n'ont pas pu être lus/)).toBeNull();
    await app.user.click(screen.getByRole('link', { name: 'Commencer' }));
    expect(await screen.findByText('Étape 1 sur 5')).toBeVisible();
  });

  it('a stored state the lesson no longer has starts the lesson afresh', async () => {
    const store = memoryStore();
    store.set('pas-a-pas.progress', JSON.stringify({ version: 1, lessons: {}, inProgress: { lessonId: 'premiers-clics', step: 9, value: 'gone', context: {} } }));
    await renderApp({ path: LESSON, store });
    expect(await screen.findByText('Étape 1 sur 5')).toBeVisible();
  });
});

describe('narration fallbacks', () => {
  it('a blocked autoplay gives a large « Écouter » button that plays the line', async () => {
    const narrator = fakeNarrator('blocked');
    const app = await renderApp({ path: LESSON, narrator });
    await screen.findByText('Étape 1 sur 5');
    const listen = screen.getByRole('button', { name: 'Écouter' });
    const count = narrator.said.length;
    await app.user.click(listen);
    expect(narrator.said.length).toBe(count + 1);
  });

  it('with no voice at all the text stays and a small notice says so', async () => {
    await renderApp({ path: LESSON, narrator: fakeNarrator('text-only') });
    await screen.findByText('Étape 1 sur 5');
    expect(screen.getByText('La voix n\'est pas disponible. Lisez le texte ci-dessus.')).toBeVisible();
    expect(screen.getByText(/Posez la main sur la souris/)).toBeVisible();
  });
});

describe('languages', () => {
  it('mirrors the whole UI in Arabic and keeps French screen words in French', async () => {
    const app = await renderApp({ path: LESSON, language: 'ar' });
    expect(await screen.findByText('الخُطْوَةُ 1 مِنْ 5')).toBeVisible();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    for (let step = 0; step < 4; step += 1) await app.user.click(screen.getByRole('button', { name: 'تَخَطَّ هَذِهِ الخُطْوَةَ' }));
    const french = app.container.querySelector('.instruction-text bdi[lang="fr"]');
    expect(french).toHaveTextContent('Terminer');
    expect(french).toHaveAttribute('dir', 'ltr');
    expect(app.narrator.said.at(-1)).toMatchObject({ lang: 'ar', key: 'steps.finish.text' });
  });

  it('the choice on the home screen switches the language and persists', async () => {
    const store = memoryStore();
    const app = await renderApp({ path: '/', store });
    await app.user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Welcome!' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(JSON.parse(store.get('pas-a-pas.settings')!).language).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('settings', () => {
  it('changes the text size and the voice, and keeps them', async () => {
    const store = memoryStore();
    const app = await renderApp({ path: '/reglages', store });
    await app.user.click(await screen.findByRole('radio', { name: 'Très grande' }));
    expect(document.documentElement.dataset.textSize).toBe('xlarge');
    await app.user.click(screen.getByRole('radio', { name: 'Lente' }));
    await app.user.click(screen.getByRole('checkbox', { name: 'Lire les consignes à voix haute' }));
    expect(app.narrator.options()).toMatchObject({ enabled: false, speed: 0.8 });
    expect(JSON.parse(store.get('pas-a-pas.settings')!)).toMatchObject({ textSize: 'xlarge', narration: false, speed: 0.8 });
    await app.user.click(screen.getByRole('checkbox', { name: 'Mes mains tremblent' }));
    expect(JSON.parse(store.get('pas-a-pas.settings')!)).toMatchObject({ shakyHands: true });
  });

  it('changes the keyboard detected or chosen before, and keeps it', async () => {
    const store = memoryStore();
    store.set('pas-a-pas.settings', JSON.stringify({ version: 1, language: 'fr', textSize: 'normal', narration: false, volume: 0.9, speed: 1, keyboardLayout: 'us-qwerty' }));
    const app = await renderApp({ path: '/reglages', store });
    const qwerty = await screen.findByRole('radio', { name: 'QWERTY : le clavier anglais' });
    expect(qwerty).toBeChecked();
    await app.user.click(screen.getByRole('radio', { name: 'AZERTY : le clavier français' }));
    expect(JSON.parse(store.get('pas-a-pas.settings')!)).toMatchObject({ keyboardLayout: 'fr-azerty' });
    expect(qwerty).not.toBeChecked();
  });
});
