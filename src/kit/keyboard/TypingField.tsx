import { useEffect, useRef, useState } from 'react';
import type { LayoutId, TypingFact } from '../../keyboard';
import { useLessonField } from './useLessonField';
import { NO_TYPING_HELP } from './noTypingHelp';
import { FieldNote } from './FieldNote';

/** What one key press did, read from the facts of one DOM event. */
export interface KeyPress {
  /** The characters it typed: usually one; « ^z » when an accent did not go on the letter. */
  text: string;
  /** The key of the last character, when known. */
  code: string | null;
  /** A dead key went down and waits for the letter (its accent, or null if unknown). */
  accentWaiting?: string | null;
  capsLockPressed: boolean;
  /** Verr. Maj's lamp as the system reported it with this press, if it did. */
  capsLock?: boolean;
}

function summarise(facts: readonly TypingFact[]): KeyPress {
  const press: KeyPress = { text: '', code: null, capsLockPressed: false };
  for (const fact of facts) {
    if (fact.kind === 'char') {
      press.text += fact.char;
      press.code = fact.code;
    } else if (fact.kind === 'deadKeyPending') press.accentWaiting = fact.accent;
    else if (fact.kind === 'modifiers') press.capsLock = fact.capsLock;
    else if (fact.kind === 'key' && fact.code === 'CapsLock') press.capsLockPressed = true;
  }
  return press;
}

interface TypingFieldProps {
  id: string;
  label: string;
  /** What the lesson accepted so far: the field never shows a wrong letter. */
  value: string;
  layout: LayoutId;
  onPress: (press: KeyPress) => void;
  /** The field takes the focus again whenever this changes (each step). */
  focusKey: string;
  notFocused: string;
  /** Said once a key was held down (it counts once): the lesson's « field.held » with the key's name, marked with <k>. */
  heldNote: (key: string) => string;
}

/**
 * The big French text field the learner types in. The facts of one DOM event are gathered in a
 * microtask, so that « ^ then z » (one input « ^z ») is one slip, not two.
 */
export function TypingField({ id, label, value, layout, onPress, focusKey, notFocused, heldNote }: TypingFieldProps) {
  const pending = useRef<TypingFact[]>([]);
  const handler = useRef(onPress);
  handler.current = onPress;
  const [focused, setFocused] = useState(false);

  // The browser types nothing itself: the field shows what the lesson accepted, caret at its end,
  // and a wrong key costs no text put in and taken out again before its feedback is drawn.
  const { ref, field, restore, held } = useLessonField<HTMLInputElement>(layout, value, value.length, (fact) => {
    if (pending.current.length === 0) {
      queueMicrotask(() => {
        const facts = pending.current;
        pending.current = [];
        handler.current(summarise(facts));
      });
    }
    pending.current.push(fact);
  });
  useEffect(() => field.current?.focus(), [field, focusKey]);

  return (
    <div className="typing-field">
      <label className="typing-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className="typing-input"
        type="text"
        value={value}
        // The lesson decides what the field shows; a wrong key is read, never typed.
        onChange={() => undefined}
        // A click inside the text puts the caret back at its end, where the lesson types.
        onSelect={restore}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        lang="fr"
        dir="ltr"
        {...NO_TYPING_HELP}
      />
      {/* Said without the cursor, or after a key was held down; nothing while typing. */}
      <FieldNote className="typing-note" layout={layout} focused={focused} held={held} onField={null} away={notFocused} heldNote={heldNote} />
    </div>
  );
}
