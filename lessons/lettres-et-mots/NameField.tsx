import type { TFunction } from 'i18next';
import { useState, type KeyboardEvent, type ReactNode } from 'react';

/** Letters (accented too), spaces, hyphens and apostrophes: what a first name is made of. */
const NAME = /^[\p{L}\p{M}\s'’-]+$/u;
const MAX_LENGTH = 40;

interface NameFieldProps {
  t: TFunction;
  focusNote: ReactNode;
  focusEvents: { onFocus: () => void; onBlur: () => void };
  /** Only facts about the name leave this field: its length and whether it has other characters. */
  onName: (length: number, otherCharacters: boolean) => void;
}

/**
 * The learner's own first name, typed freely as in any form. It lives in this field alone: never in
 * the lesson's state, never saved (a shared library PC), gone when the step ends.
 */
export function NameField({ t, focusNote, focusEvents, onName }: NameFieldProps) {
  const [name, setName] = useState('');

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const trimmed = name.trim();
    onName(Math.min([...trimmed].length, MAX_LENGTH), trimmed !== '' && !NAME.test(trimmed));
  };

  return (
    <div className="lm-field-block">
      <label className="lm-label" htmlFor="lm-name">
        {t('field.name')}
      </label>
      {focusNote}
      <input
        id="lm-name"
        className="lm-input"
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={onKeyDown}
        lang="fr"
        dir="ltr"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        {...focusEvents}
      />
      <p className="lm-private">{t('field.private')}</p>
    </div>
  );
}
