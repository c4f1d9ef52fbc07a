/**
 * Bilingual sentences. A translated instruction keeps the French words of the real screen in
 * French, marked `<fr>…</fr>`: « Click the <fr>Terminer</fr> button ». The same split serves the
 * screen (the French words get lang="fr" dir="ltr") and the narrate script (they are spoken by
 * the French voice inside the other language's sentence).
 */
export interface Segment {
  lang: string;
  text: string;
}

const FRENCH_WORDS = /<fr>(.*?)<\/fr>/gs;

export function splitSegments(text: string, lang: string): Segment[] {
  const segments: Segment[] = [];
  const push = (segmentLang: string, segmentText: string) => {
    if (segmentText.trim() === '') return;
    const last = segments[segments.length - 1];
    if (last && last.lang === segmentLang) last.text += segmentText;
    else segments.push({ lang: segmentLang, text: segmentText });
  };
  let cursor = 0;
  for (const match of text.matchAll(FRENCH_WORDS)) {
    push(lang, text.slice(cursor, match.index));
    push('fr', match[1]);
    cursor = match.index + match[0].length;
  }
  push(lang, text.slice(cursor));
  return segments.map((segment) => ({ ...segment, text: segment.text.replace(/\s+/g, ' ').trim() }));
}

/** The text without markers, as a screen reader or a plain label needs it. */
export function plainText(text: string): string {
  return text.replace(FRENCH_WORDS, '$1');
}

/** The `<fr>` markers a text carries, in order: translations must keep the same French words. */
export function frenchWords(text: string): string[] {
  return [...text.matchAll(FRENCH_WORDS)].map((match) => match[1]);
}
