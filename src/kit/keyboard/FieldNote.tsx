import type { LayoutId } from '../../keyboard';
import { keysLangOf, RichText } from './RichText';
import './FieldNote.css';

interface FieldNoteProps {
  className: string;
  layout: LayoutId;
  /** The field has the cursor. */
  focused: boolean;
  /** The key held down, as useLessonField names it, or null. */
  held: string | null;
  /** Said quietly while the field has the cursor, or null: nothing (its room is kept). */
  onField: string | null;
  /** Said as a notice while it has not (« Cliquez dans le cadre pour écrire »). */
  away: string;
  /** The lesson's « field.held » for a key's name (RichText marks): a notice. */
  heldNote: (key: string) => string;
}

/**
 * The note by a practice field: whether the cursor is in it, or that a key held down counted once.
 * It keeps the room of its longest focus sentence, so that nothing below it moves when the field
 * gets or loses the focus: the field loses it on the press of a mouse button, and a button that
 * moved before the release would not be clicked. The other sentences are laid in the same place,
 * unseen (hidden from assistive technology too).
 *
 * The sentence of a key held down is longer (four lines in a narrow column): kept room for it
 * would part every miss's sentence from the field. It comes and goes with a key press, never with
 * a mouse press (useLessonField keeps it when the field loses the focus), so it may take more room.
 */
export function FieldNote({ className, layout, focused, held, onField, away, heldNote }: FieldNoteProps) {
  const keysLang = keysLangOf(layout);
  const text = held !== null ? heldNote(held) : focused ? onField : away;
  const room = onField === null ? [away] : [onField, away];
  return (
    <div className={`field-note ${className}`}>
      {room.map((sentence) => (
        <p key={sentence} className="field-note-room" aria-hidden="true">
          <RichText text={sentence} keysLang={keysLang} />
        </p>
      ))}
      <p className="field-note-text" data-notice={held !== null || !focused}>
        {text !== null && <RichText text={text} keysLang={keysLang} />}
      </p>
    </div>
  );
}
