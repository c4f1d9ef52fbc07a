import { drawInto, html } from './dom';
import { frenchParts } from './SayText';

/**
 * Narrated texts, one after the other, written into `container` outside React as SayText draws
 * them: for feedback a key handler draws before the next frame (src/kit/live.ts, useDrawnInto).
 * Kept apart from SayText, which every lesson's first screen loads.
 */
export function sayInto(container: Element, texts: readonly string[]) {
  drawInto(
    container,
    texts.flatMap((text, index) => [
      ...(index > 0 ? [' '] : []),
      ...frenchParts(text).map(({ part, french }) => (french ? html('bdi', { lang: 'fr', dir: 'ltr', class: 'french-word' }, part) : part)),
    ]),
  );
}
