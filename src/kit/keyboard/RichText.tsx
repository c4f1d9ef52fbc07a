import { getLayout, keyName, type Keystroke, type LayoutId } from '../../keyboard';

/**
 * A feedback line with marked parts: `<fr>…</fr>` French screen words, `<k>…</k>` a key or a
 * character as printed on the keyboard. Both stay left to right inside an Arabic sentence.
 */
export function RichText({ text, keysLang }: { text: string; keysLang: string }) {
  return (
    <>
      {text.split(/(<fr>.*?<\/fr>|<k>.*?<\/k>)/s).map((part, index) => {
        if (index % 2 === 0) return part;
        const french = part.startsWith('<fr>');
        const inner = french ? part.slice('<fr>'.length, -'</fr>'.length) : part.slice('<k>'.length, -'</k>'.length);
        return french ? (
          <bdi key={index} lang="fr" dir="ltr" className="french-word">{inner}</bdi>
        ) : (
          <kbd key={index} lang={keysLang} dir="ltr">{inner}</kbd>
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
