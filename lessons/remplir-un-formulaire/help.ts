import { getLayout, howToType, keyName, type KeyCode, type Keystroke, type LayoutId } from '../../src/kit/keyboard';
import { FICHE, fieldStatus, firstDifference, nextChar, TYPO_CARET, type FieldId } from './form';
import type { Stage } from './machine';

/** The form field each step works in (none for selecting and copying from the fiche, or sending). */
export const STEP_FIELD: Partial<Record<Stage, FieldId>> = {
  clickNom: 'nom', typeNom: 'nom', tab: 'nom', typePrenom: 'prenom', shiftTab: 'prenom',
  placeCursor: 'ville', fixTypo: 'ville', paste: 'telephone',
};

/** The fiche line each step copies from. */
export const FICHE_LINE: Partial<Record<Stage, FieldId>> = {
  typeNom: 'nom', typePrenom: 'prenom', placeCursor: 'ville', fixTypo: 'ville', select: 'telephone', copy: 'telephone',
};

const press = (code: KeyCode, shift = false): Keystroke => ({ code, shift, altGr: false });
const firstStroke = (char: string, layout: LayoutId) => howToType(char, layout)?.[0] ?? null;

export interface KeyHelp {
  /** The key to press now, for the keyboard drawing. */
  highlight: Keystroke | null;
  /** The key of the wrong character in the field, shown beside the right one. */
  wrong: string | null;
  /** What is in the field where it differs from the fiche (typed), and what should be there. */
  mistake: { typed: string; expected: string | null } | null;
}

/**
 * Which key helps now, from what the page shows: the field's text, the cursor in « Ville », and
 * the last character the learner typed (its real key, when the reader saw it).
 */
export function keyHelp(
  stage: Stage,
  values: Record<FieldId, string>,
  caret: number | null,
  layout: LayoutId,
  lastChar: { char: string; code: string | null } | null,
): KeyHelp {
  const field = STEP_FIELD[stage];
  const value = field ? values[field] : '';
  const typing = stage === 'typeNom' || stage === 'typePrenom' || stage === 'paste';
  if (field && typing && field !== 'ville' && fieldStatus(field, value) === 'mistake') {
    const mistake = firstDifference(field, value)!;
    const wrong = lastChar?.char === mistake.typed && lastChar.code ? lastChar.code : (howToType(mistake.typed, layout)?.at(-1)?.code ?? null);
    const highlight = mistake.expected === null ? press('Backspace') : firstStroke(mistake.expected, layout);
    return { highlight, wrong, mistake };
  }
  return { highlight: nextKey(stage, value, caret, layout), wrong: null, mistake: null };
}

function nextKey(stage: Stage, value: string, caret: number | null, layout: LayoutId): Keystroke | null {
  switch (stage) {
    case 'typeNom':
    case 'typePrenom': {
      const next = nextChar(stage === 'typeNom' ? 'nom' : 'prenom', value);
      return next ? firstStroke(next, layout) : null;
    }
    case 'tab':
      return press('Tab');
    case 'shiftTab':
      return press('Tab', true);
    case 'placeCursor':
      return press(caret !== null && caret < TYPO_CARET ? 'ArrowRight' : 'ArrowLeft');
    case 'fixTypo':
      if (value === FICHE.ville) return null;
      return value === 'Clermon-Ferrand' ? firstStroke('t', layout) : press('Backspace');
    case 'select':
      return press('ArrowRight', true);
    case 'copy':
      return press('KeyC');
    case 'paste':
      return press('KeyV');
    case 'submit':
      return press('Enter');
    default:
      return null;
  }
}

/**
 * The keys of a keystroke by their printed names, modifiers first: « Maj + D », « Ctrl + C »
 * (`ctrl`: the drawing's keystroke cannot hold Ctrl itself, so the words say it).
 */
export function keysLabel(stroke: Keystroke, layoutId: LayoutId, ctrl = false): string {
  const layout = getLayout(layoutId);
  return [
    ctrl && keyName(layout, 'ControlLeft'),
    stroke.shift && keyName(layout, 'ShiftLeft'),
    stroke.altGr && keyName(layout, 'AltRight'),
    keyName(layout, stroke.code),
  ]
    .filter((name): name is string => typeof name === 'string')
    .join(' + ');
}

/** A character as a person would read it aloud: a space is named, not shown as a gap. */
export function shownChar(char: string, layoutId: LayoutId): string {
  return char === ' ' ? keyName(getLayout(layoutId), 'Space') : char;
}
