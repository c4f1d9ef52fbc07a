import { splitSegments } from '../narration/segments';

/**
 * A narrated text as the screen shows it: the French words of the real screen stay in French,
 * marked lang="fr" and left to right, even inside an Arabic sentence.
 */
export function SayText({ text, lang }: { text: string; lang: string }) {
  const segments = splitSegments(text, lang);
  return (
    <>
      {segments.map((segment, index) => {
        const space = index > 0 ? ' ' : '';
        return segment.lang === lang ? (
          <span key={index}>{space + segment.text}</span>
        ) : (
          <span key={index}>
            {space}
            <bdi lang={segment.lang} dir="ltr" className="french-word">
              {segment.text}
            </bdi>
          </span>
        );
      })}
    </>
  );
}
