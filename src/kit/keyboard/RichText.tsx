import { getLayout, keyName, type Keystroke, type LayoutId } from '../../keyboard';
import { html, type Drawing } from '../dom';

/** Punctuation that follows a key in a sentence (« Il fallait 1. »): kept on the key's line. */
const TRAILING_PUNCTUATION = /^[.,:;!?…»)\]،؛؟]+/u;

type RichPart = { kind: 'text'; text: string } | { kind: 'french'; text: string } | { kind: 'key'; text: string; punctuation: string };

/**
 * A feedback line's marked parts: `<fr>…</fr>` French screen words, `<k>…</k>` a key or a
 * character as printed on the keyboard. The punctuation right after a key goes with it: a line
 * never starts with the sentence's full stop.
 */
function richParts(text: string): RichPart[] {
  const parts = text.split(/(<fr>.*?<\/fr>|<k>.*?<\/k>)/s);
  return parts.map((part, index): RichPart => {
    if (index % 2 === 0) {
      const glued = index > 0 && parts[index - 1].startsWith('<k>') ? TRAILING_PUNCTUATION.exec(part)?.[0] ?? '' : '';
      return { kind: 'text', text: part.slice(glued.length) };
    }
    if (part.startsWith('<fr>')) return { kind: 'french', text: part.slice('<fr>'.length, -'</fr>'.length) };
    return { kind: 'key', text: part.slice('<k>'.length, -'</k>'.length), punctuation: TRAILING_PUNCTUATION.exec(parts[index + 1] ?? '')?.[0] ?? '' };
  });
}

/**
 * A feedback line with marked parts (see richParts). Both kinds stay left to right inside an
 * Arabic sentence; a key keeps the punctuation after it on its line.
 */
export function RichText({ text, keysLang }: { text: string; keysLang: string }) {
  return (
    <>
      {richParts(text).map((part, index) => {
        if (part.kind === 'text') return part.text;
        if (part.kind === 'french') return <bdi key={index} lang="fr" dir="ltr" className="french-word">{part.text}</bdi>;
        if (!part.punctuation) return <kbd key={index} lang={keysLang} dir="ltr">{part.text}</kbd>;
        return (
          <span key={index} className="keep-together">
            <kbd lang={keysLang} dir="ltr">{part.text}</kbd>
            {part.punctuation}
          </span>
        );
      })}
    </>
  );
}

/** The same line as data, for a key handler that draws it outside React (src/kit/dom.ts). */
export function richDrawing(text: string, keysLang: string): Drawing[] {
  return richParts(text).flatMap((part): Drawing[] => {
    if (part.kind === 'text') return part.text ? [part.text] : [];
    if (part.kind === 'french') return [html('bdi', { lang: 'fr', dir: 'ltr', class: 'french-word' }, part.text)];
    const key = html('kbd', { lang: keysLang, dir: 'ltr' }, part.text);
    return [part.punctuation ? html('span', { class: 'keep-together' }, key, part.punctuation) : key];
  });
}

/** Key names are printed in the keyboard's language: French on AZERTY, English on QWERTY. */
export const keysLangOf = (layout: LayoutId) => (layout === 'fr-azerty' ? 'fr' : 'en');

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
