import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Point, Tolerances } from '../../src/kit/gestures';
import { ContextMenu } from './ContextMenu';
import { FileIcon, iconFor } from './icons';
import type { MenuItem, SourisEnPratiqueEvent, Stage } from './machine';
import { PhotoFile, type PhotoDrag } from './PhotoFile';
import { useFilePress } from './useFilePress';

const LETTRE = 'Lettre.txt';
const FACTURE = 'Facture.pdf';
/** Long enough that Facture.pdf starts hidden: the list must scroll to show it. */
const OTHERS = ['Budget.ods', 'Recette.txt', 'Courrier.txt', 'Rendez-vous.txt', 'Notes.txt', 'Assurance.pdf', 'Impôts.pdf', 'Ordonnance.pdf', 'Quittance.pdf', FACTURE, 'Mutuelle.pdf'];

interface FileWindowProps {
  stage: Stage;
  send: (event: SourisEnPratiqueEvent) => void;
  tolerances: Tolerances;
  windowRef: RefObject<HTMLElement | null>;
  photo: PhotoDrag | null;
}

/** The « Documents » window: a title bar with « Fermer », a list of files that scrolls, a context menu. */
export function FileWindow({ stage, send, tolerances, windowRef, photo }: FileWindowProps) {
  const titleId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const facture = useRef<HTMLLIElement>(null);
  const lettre = useRef<HTMLButtonElement>(null);
  const toldScrolling = useRef(false);
  const skipNextScroll = useRef(false);
  const [menu, setMenu] = useState({ at: { x: 24, y: 96 }, byLearner: false });
  const copied = stage === 'scroll' || stage === 'close';

  const openMenu = (file: string, point: Point) => {
    if (stage !== 'menu') return;
    if (file === LETTRE) {
      const box = windowRef.current?.getBoundingClientRect();
      setMenu({ at: { x: point.x - (box?.left ?? 0), y: point.y - (box?.top ?? 0) }, byLearner: true });
    }
    send({ type: 'user.contextMenu', on: file === LETTRE ? 'lettre' : 'other' });
  };

  const pressHandlers = useFilePress({
    tolerances,
    onMenu: openMenu,
    onLeftClick: (file) => {
      if (file === LETTRE && stage === 'menu') send({ type: 'user.leftClick' });
    },
  });

  const onLettreKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    openMenu(LETTRE, { x: box.left + 32, y: box.bottom });
  };

  const leaveMenu = (event: SourisEnPratiqueEvent) => {
    // Focus goes back to the file, as after a real menu.
    if (event.type === 'user.menuClose' || (event.type === 'user.menuPick' && event.item === 'copier')) lettre.current?.focus();
    setMenu((current) => ({ ...current, byLearner: false }));
    send(event);
  };

  useEffect(() => {
    toldScrolling.current = false;
    // The search starts at the top of the list, even if the learner scrolled it earlier.
    const list = scroller.current;
    if (stage === 'scroll' && list && list.scrollTop !== 0) {
      skipNextScroll.current = true;
      list.scrollTop = 0;
    }
  }, [stage]);

  const onScroll = () => {
    const list = scroller.current;
    const row = facture.current;
    if (skipNextScroll.current) skipNextScroll.current = false;
    else if (stage === 'scroll' && list && row) {
      const box = list.getBoundingClientRect();
      const place = row.getBoundingClientRect();
      const found = list.scrollTop > 0 && place.top >= box.top - 1 && place.bottom <= box.bottom + 1;
      if (found || !toldScrolling.current) send({ type: 'user.scroll', found });
      toldScrolling.current = true;
    }
  };

  const plainFile = (name: string) => (
    <li key={name} ref={name === FACTURE ? facture : undefined} className={`file-row${name === FACTURE && stage === 'close' ? ' is-found' : ''}`} {...pressHandlers(name)}>
      <FileIcon kind={iconFor(name)} />
      <span className="file-name">{name}</span>
    </li>
  );

  return (
    <section ref={windowRef} className="file-window" aria-labelledby={titleId}>
      <div className="title-bar">
        <span className="window-title" id={titleId}>
          <FileIcon kind="folder" className="title-icon" />
          Documents
        </span>
        <button type="button" className="close-button" onClick={() => send({ type: 'user.close' })}>
          <span aria-hidden="true">✕</span> Fermer
        </button>
      </div>
      <div ref={scroller} className="file-scroller" tabIndex={0} role="group" aria-labelledby={titleId} onScroll={onScroll}>
        <ul className="file-list">
          {photo && <PhotoFile photo={photo} />}
          <li className="file-row">
            <button ref={lettre} type="button" className="file-button" onKeyDown={onLettreKey} {...pressHandlers(LETTRE)}>
              <FileIcon kind="text" />
              <span className="file-name">{LETTRE}</span>
            </button>
          </li>
          {copied && plainFile('Lettre - copie.txt')}
          {OTHERS.map(plainFile)}
        </ul>
      </div>
      {stage === 'copy' && (
        <ContextMenu
          at={menu.at}
          label={LETTRE}
          takeFocus={menu.byLearner}
          onPick={(item: MenuItem) => leaveMenu({ type: 'user.menuPick', item })}
          onClose={() => leaveMenu({ type: 'user.menuClose' })}
        />
      )}
    </section>
  );
}
