/**
 * A narrated text as the screen shows it: the French words of the real screen stay in French,
 * marked lang="fr" and left to right, even inside an Arabic sentence. Spacing is kept as written
 * (narration splits the same markers with splitSegments).
 */
export function SayText({ text }: { text: string }) {
  return (
    <>
      {frenchParts(text).map(({ part, french }, index) =>
        french ? (
          <bdi key={index} lang="fr" dir="ltr" className="french-word">
            {part}
          </bdi>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** The text in turns: words of the text's own language, French words (between <fr> markers). */
export function frenchParts(text: string): { part: string; french: boolean }[] {
  return text.split(/(<fr>.*?<\/fr>)/s).map((part, index) =>
    index % 2 === 1 ? { part: part.slice('<fr>'.length, -'</fr>'.length), french: true } : { part, french: false },
  ).filter(({ part }) => part !== '');
}
