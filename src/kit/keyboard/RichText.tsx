import { getLayout, keyName, type Keystroke, type LayoutId } from '../../keyboard';

/** Punctuation that follows a key in a sentence (« Il fallait 1. »): kept on the key's line. */
const TRAILING_PUNCTUATION = /^[.,:;!?…»)\]،؛؟]+/u;

/**
 * A feedback line with marked parts: `<fr>…</fr>` French screen words, `<k>…</k>` a key or a
 * character as printed on the keyboard. Both stay left to right inside an Arabic sentence. The
 * punctuation right after a key stays with it: a line never starts with the sentence's full stop.
 */
export function RichText({ text, keysLang }: { text: string; keysLang: string }) {
  const parts = text.split(/(<fr>.*?<\/fr>|<k>.*?<\/k>)/s);
  return (
    <>
      {parts.map((part, index) => {
        if (index % 2 === 0) {
          const glued = index > 0 && parts[index - 1].startsWith('<k>') ? TRAILING_PUNCTUATION.exec(part)?.[0] ?? '' : '';
          return part.slice(glued.length);
        }
        const french = part.startsWith('<fr>');
        const inner = french ? part.slice('<fr>'.length, -'</fr>'.length) : part.slice('<k>'.length, -'</k>'.length);
        if (french) return <bdi key={index} lang="fr" dir="ltr" className="french-word">{inner}</bdi>;
        const punctuation = TRAILING_PUNCTUATION.exec(parts[index + 1] ?? '')?.[0];
        if (!punctuation) return <kbd key={index} lang={keysLang} dir="ltr">{inner}</kbd>;
        return (
          <span key={index} className="keep-together">
            <kbd lang={keysLang} dir="ltr">{inner}</kbd>
            {punctuation}
          </span>
        );
      })}
    </>
  );
}

/** `<k>` around a key or a character; the space is named, not shown as a blank. */
export const asKey = (layoutId: LayoutId, char: string) => `<k>${char === ' ' ? keyName(getLayout(layoutId), 'Space') : char}</k>`;

/**
 * The key to press, as people name it: a top-row key by its digit (« 9 », even on AZERTY where
 * it types ç), a keypad key by its digit, any other key by what it types alone (« : », « à »).
 */
export function mainKeyName(layoutId: LayoutId, stroke: Keystroke): string {
  if (/^Digit\d$/.test(stroke.code) && !stroke.altGr) return stroke.code.slice(-1);
  if (/^Numpad\d$/.test(stroke.code)) return stroke.code.slice(-1);
  return keyName(getLayout(layoutId), stroke.code);
}

/** The modifier to hold for a keystroke, named as printed (« Maj », « Alt Gr »), or null. */
export function holdName(layoutId: LayoutId, stroke: Keystroke): string | null {
  const layout = getLayout(layoutId);
  if (stroke.altGr) return keyName(layout, 'AltRight');
  if (stroke.shift) return keyName(layout, 'ShiftLeft');
  return null;
}
