import type { LayoutId } from '../../keyboard';
import { keysLangOf, RichText } from './RichText';
import './FieldNote.css';

interface FieldNoteProps {
  className: string;
  layout: LayoutId;
  /** The sentence said now (RichText marks), or null: nothing is shown, its room is kept. */
  text: string | null;
  /** Drawn as a notice (a tinted box), not as a quiet remark. */
  notice: boolean;
  /** The sentences said as the field gets or loses the focus: the note keeps the room of the longest. */
  sentences: readonly string[];
}

/**
 * The note by a practice field (« Cliquez dans le cadre pour écrire »…). It keeps the room of its
 * longest focus sentence, so that nothing below it moves when the field gets or loses the focus:
 * the field loses it on the press of a mouse button, and a button that moved before the release
 * would not be clicked. The other sentences are laid in the same place, unseen (hidden from
 * assistive technology too).
 *
 * The sentence of a key held down is longer (four lines in a narrow column): kept room for it
 * would part every miss's sentence from the field. It comes and goes with a key press, never with
 * a mouse press (it stays when the field loses the focus), so it may take more room.
 */
export function FieldNote({ className, layout, text, notice, sentences }: FieldNoteProps) {
  const keysLang = keysLangOf(layout);
  return (
    <div className={`field-note ${className}`}>
      {sentences.map((sentence) => (
        <p key={sentence} className="field-note-room" aria-hidden="true">
          <RichText text={sentence} keysLang={keysLang} />
        </p>
      ))}
      <p className="field-note-text" data-notice={notice && text !== null}>
        {text !== null && <RichText text={text} keysLang={keysLang} />}
      </p>
    </div>
  );
}
