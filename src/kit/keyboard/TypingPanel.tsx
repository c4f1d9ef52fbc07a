import { useEffect, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import type { Keystroke, LayoutId, TypingFact } from '../../keyboard';
import { OnScreenKeyboard, type WrongKey } from './OnScreenKeyboard';
import type { Followed } from '../live';
import { useLessonField } from './useLessonField';
import { keysLangOf, richDrawing } from './RichText';
import { FieldNote } from './FieldNote';
import { drawInto, html } from '../dom';
import { useKeyboardWords } from './words';
import './TypingPanel.css';
import { NO_TYPING_HELP } from './noTypingHelp';

export interface TypingPanelProps {
  layout: LayoutId;
  t: TFunction;
  /** What to copy, shown as on a sheet of paper; `done` characters of it are already typed. */
  caption: ReactNode;
  model: string;
  done: number | null;
  /** The text the lesson accepted so far: the field shows nothing else. */
  value: string;
  highlight: Keystroke | null;
  wrong: string | null;
  /** What the wrong key typed: the drawing's comparison names the modifier held with it. */
  wrongTyped?: string | null;
  finger: boolean;
  showNumpad?: boolean;
  numLock?: boolean;
  /** Caps Lock's lamp, drawn once the system has told it. */
  capsLock?: boolean;
  /** Said in the status line: what just happened and what to do. */
  feedback?: ReactNode;
  /**
   * Instead of `feedback`: the status line, left empty by React, for the lesson to draw into from
   * its key handler (useDrawnInto), so that a miss is in the next frame with no React drawing.
   */
  feedbackRef?: RefObject<HTMLParagraphElement | null>;
  /** Instead of `wrong` and `wrongTyped`: the wrong key, followed from the key handler (see OnScreenKeyboard). */
  liveWrong?: Followed<WrongKey | null>;
  /** Under the field: e.g. the tax number's 13 boxes. */
  extra?: ReactNode;
  keyboardLabel: string;
  onFact: (fact: TypingFact) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * One typing exercise: the model, a real text field read by the typing reader, what happened,
 * and the keyboard drawn with the keys to use. Mounted once per step (its `key`), so the field
 * takes the focus as each step begins.
 */
export function TypingPanel(props: TypingPanelProps) {
  const { layout, t, value } = props;
  // The browser types nothing itself: the field shows what the lesson accepted, caret at its end,
  // and a wrong key costs no text put in and taken out again before its feedback is drawn.
  const { ref, field, restore, held } = useLessonField<HTMLInputElement>(layout, value, value.length, props.onFact);
  const [focused, setFocused] = useState(false);

  // Focus once the key that ended the last step is over: focused at once, the new field would
  // receive that key's own input event and count its character again.
  useEffect(() => {
    const timer = setTimeout(() => field.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [field]);

  const words = useKeyboardWords(t);

  return (
    <div className="typing-panel">
      <div className="typing-top">
        <div className="typing-model">
          <p className="typing-caption">{props.caption}</p>
          <p className="typing-text" lang="fr" dir="ltr">
            {[...props.model].map((char, index) => (
              <span key={index} data-state={props.done === null ? undefined : index < props.done ? 'done' : index === props.done ? 'next' : 'todo'}>
                {char === ' ' ? '\u00a0' : char}
              </span>
            ))}
          </p>
        </div>
        <div className="typing-field">
          <label htmlFor="typing-input">{t('field.label')}</label>
          <input
            id="typing-input"
            ref={ref}
            className="typing-input"
            lang="fr"
            dir="ltr"
            value={value}
            // The reader listens to the real events; the shown text is the lesson's.
            onChange={() => undefined}
            // A click inside the text puts the caret back at its end, where the lesson types.
            onSelect={restore}
            onKeyDown={props.onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            {...NO_TYPING_HELP}
            inputMode="text"
          />
          <FieldNote
            className="typing-focus"
            layout={layout}
            focused={focused}
            held={held}
            onField={t('field.ready')}
            away={t('field.away')}
            heldNote={(key) => t('field.held', { key })}
          />
          {props.extra}
        </div>
      </div>
      <div className="typing-layout" data-numpad={props.showNumpad ?? false}>
        {props.feedbackRef ? (
          <p ref={props.feedbackRef} className="typing-feedback" role="status" />
        ) : (
          <p className="typing-feedback" role="status">{props.feedback}</p>
        )}
        <OnScreenKeyboard
          layout={layout}
          label={props.keyboardLabel}
          highlight={props.highlight}
          wrong={props.wrong}
          wrongTyped={props.wrongTyped}
          liveWrong={props.liveWrong}
          finger={props.finger}
          showNumpad={props.showNumpad ?? false}
          numLock={props.numLock}
          capsLock={props.capsLock}
          words={words}
        />
      </div>
    </div>
  );
}

/** Feedback lines drawn into `feedbackRef` outside React, as the panel draws `feedback`: RichText lines, keys in the keyboard's language. */
export function drawTypingLines(line: Element, texts: readonly string[], layout: LayoutId) {
  drawInto(line, texts.map((text) => html('span', { class: 'typing-line' }, ...richDrawing(text, keysLangOf(layout)))));
}
