import type { KeyCode } from '../codes';
import type { KeyName } from './types';

/** Keys without a character, named as French PC keyboards print them (and as volunteers say them). */
export const FRENCH_KEY_NAMES: Readonly<Partial<Record<KeyCode, KeyName>>> = {
  Backspace: { name: 'Retour arrière', symbol: '←' },
  Tab: { name: 'Tab', short: 'Tab', symbol: '↹' },
  Enter: { name: 'Entrée', short: 'Entrée', symbol: '↵' },
  CapsLock: { name: 'Verr. Maj', short: 'Verr. Maj', symbol: '⇪' },
  ShiftLeft: { name: 'Maj', short: 'Maj', symbol: '⇧' },
  ShiftRight: { name: 'Maj', short: 'Maj', symbol: '⇧' },
  ControlLeft: { name: 'Ctrl', short: 'Ctrl' },
  ControlRight: { name: 'Ctrl', short: 'Ctrl' },
  MetaLeft: { name: 'Windows', symbol: '⊞' },
  MetaRight: { name: 'Windows', symbol: '⊞' },
  AltLeft: { name: 'Alt', short: 'Alt' },
  AltRight: { name: 'Alt Gr', short: 'Alt Gr' },
  ContextMenu: { name: 'Menu', symbol: '☰' },
  Space: { name: 'Espace' },
  Insert: { name: 'Inser', short: 'Inser' },
  Home: { name: 'Début', symbol: '↖' },
  PageUp: { name: 'Page précédente', short: 'Pg préc', symbol: '⇞' },
  Delete: { name: 'Suppr', short: 'Suppr' },
  End: { name: 'Fin', short: 'Fin' },
  PageDown: { name: 'Page suivante', short: 'Pg suiv', symbol: '⇟' },
  ArrowUp: { name: 'Flèche haut', symbol: '↑' },
  ArrowLeft: { name: 'Flèche gauche', symbol: '←' },
  ArrowDown: { name: 'Flèche bas', symbol: '↓' },
  ArrowRight: { name: 'Flèche droite', symbol: '→' },
  NumLock: { name: 'Verr. Num', short: 'Verr. Num' },
  NumpadEnter: { name: 'Entrée', short: 'Entrée', symbol: '↵' },
};
