import { useMachine } from '@xstate/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import type { Learner } from '../../src/kit/lesson';
import { ClicDroitView } from './ClicDroitView';
import fr from './locales/fr.json';
import { clicDroitMachine } from './machine';

const i18n = createInstance();
void i18n.init({ lng: 'fr', resources: { fr: { translation: fr } }, initAsync: false });

let current: { value: unknown } = { value: null };

function Harness({ learner }: { learner: Learner }) {
  const [snapshot, send] = useMachine(clicDroitMachine, { input: { level: 0 } });
  current = snapshot;
  return <ClicDroitView snapshot={snapshot} send={send} t={i18n.t} dir="ltr" learner={learner} />;
}

function setup(learner: Partial<Learner> = {}) {
  const user = userEvent.setup();
  const { unmount } = render(<Harness learner={{ shakyHands: false, touchOnly: false, ...learner }} />);
  const photo = screen.getByRole('button', { name: 'La photo' });
  const area = screen.getByRole('group');
  return { user, photo, area, unmount };
}

const feedback = () => screen.getByRole('status').textContent;

/** A photo at 100–200 px, since jsdom lays nothing out. */
function placePhoto(photo: HTMLElement) {
  photo.getBoundingClientRect = () => ({ left: 100, top: 100, width: 100, height: 100, right: 200, bottom: 200, x: 100, y: 100, toJSON: () => '' });
}

describe('clic-droit view', () => {
  it('opens the menu with the right button, moves focus in, and names a wrong word kindly', async () => {
    const { user, photo } = setup();
    await user.pointer({ keys: '[MouseRight]', target: photo });
    const menu = screen.getByRole('menu', { name: 'Menu de la photo' });
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Ouvrir', 'Couper', 'Copier', 'Coller', 'Renommer']);
    expect(menu).toContainElement(document.activeElement as HTMLElement);
    expect(photo).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('menuitem', { name: 'Renommer' }));
    expect(feedback()).toBe('Ce n\'est pas Copier. Cherchez le mot Copier dans le menu.');
    await user.click(screen.getByRole('menuitem', { name: 'Copier' }));
    expect(current.value).toEqual({ escape: 'trying' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(feedback()).toBe('Bravo ! La photo est copiée.');
    expect(photo).toHaveFocus();
  });

  it('tells a left click from a right click, and a right click beside the photo', async () => {
    const { user, photo, area } = setup();
    await user.pointer({ keys: '[MouseLeft]', target: photo });
    expect(feedback()).toBe("C'était le bouton gauche. Le menu s'ouvre avec le bouton de droite.");
    await user.pointer({ keys: '[MouseRight]', target: area });
    expect(feedback()).toMatch(/^Pas grave/);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('keeps the browser menu away only inside the practice area', () => {
    const { area } = setup();
    expect(fireEvent.contextMenu(area)).toBe(false);
    expect(fireEvent.contextMenu(document.body)).toBe(true);
  });

  it('does the whole menu with the keyboard: Maj+F10, arrows, Entrée, Échap, Tab', async () => {
    const { user, photo } = setup();
    photo.focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    expect(screen.getByRole('menuitem', { name: 'Ouvrir' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Renommer' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Copier' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(current.value).toEqual({ escape: 'trying' });
    expect(photo).toHaveFocus();

    await user.keyboard('{ContextMenu}');
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(photo).toHaveFocus();
    expect(current.value).toEqual({ outside: 'trying' });

    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.keyboard('{Tab}');
    expect(current.value).toEqual({ series: 'trying' });
    expect(photo).toHaveFocus();
  });

  it('counts a shaky right click that slips off the photo only with « Mes mains tremblent »', async () => {
    const slip = async (learner: Partial<Learner>) => {
      const { user, photo, area, unmount } = setup(learner);
      placePhoto(photo);
      await user.pointer([
        { keys: '[MouseRight>]', target: photo, coords: { clientX: 190, clientY: 150 } },
        { target: area, coords: { clientX: 216, clientY: 154 } },
        { keys: '[/MouseRight]', target: area, coords: { clientX: 216, clientY: 154 } },
      ]);
      const opened = screen.queryByRole('menu') !== null;
      unmount();
      return opened;
    };
    expect(await slip({ shakyHands: false })).toBe(false);
    expect(await slip({ shakyHands: true })).toBe(true);
  });

  describe('on a touch screen', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    const finger = { pointerType: 'touch', pointerId: 7, button: 0, clientX: 150, clientY: 150 };

    it('opens the menu under a long press, while the finger is still down', () => {
      const { photo } = setup({ touchOnly: true });
      placePhoto(photo);
      fireEvent.pointerDown(photo, finger);
      act(() => vi.advanceTimersByTime(300));
      expect(screen.queryByRole('menu')).toBeNull();
      act(() => vi.advanceTimersByTime(400));
      expect(screen.getByRole('menu')).toBeInTheDocument();
      fireEvent.pointerUp(photo, finger);
      // The browser's click for that lift lands on the menu that opened under the finger: no choice.
      fireEvent.click(screen.getByRole('menuitem', { name: 'Coller' }), { detail: 1 });
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      expect(screen.getByRole('menu')).toBeInTheDocument();
    });

    it('says « trop vite » for a short tap, in touch words', () => {
      const { photo } = setup({ touchOnly: true });
      placePhoto(photo);
      fireEvent.pointerDown(photo, finger);
      act(() => vi.advanceTimersByTime(150));
      fireEvent.pointerUp(photo, finger);
      expect(screen.queryByRole('menu')).toBeNull();
      expect(feedback()).toBe("Vous avez touché trop vite. Gardez le doigt sur la photo, jusqu'au menu.");
    });

    it('does not open for a finger that slides away: that is a drag', () => {
      const { photo } = setup({ touchOnly: true });
      placePhoto(photo);
      fireEvent.pointerDown(photo, finger);
      fireEvent.pointerMove(photo, { ...finger, clientX: 190 });
      act(() => vi.advanceTimersByTime(800));
      expect(screen.queryByRole('menu')).toBeNull();
    });
  });
});
