/**
 * A narrated text as the screen shows it: the French words of the real screen stay in French,
 * marked lang="fr" and left to right, even inside an Arabic sentence. Spacing is kept as written
 * (narration splits the same markers with splitSegments).
 */
export function SayText({ text }: { text: string }) {
  return (
    <>
      {text.split(/(<fr>.*?<\/fr>)/s).map((part, index) =>
        index % 2 === 1 ? (
          <bdi key={index} lang="fr" dir="ltr" className="french-word">
            {part.slice('<fr>'.length, -'</fr>'.length)}
          </bdi>
        ) : (
          part
        ),
      )}
    </>
  );
}
