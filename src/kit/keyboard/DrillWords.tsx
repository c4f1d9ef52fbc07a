import './DrillWords.css';
/**
 * The French words to type, large and left to right: those done carry a tick, the current one
 * shows what is typed and marks the next character (underlined and framed, not colour alone).
 */
export function DrillWords({ words, item, pos, label, doneLabel }: { words: readonly string[]; item: number; pos: number; label: string; doneLabel: string }) {
  return (
    <div className="drill-words">
      <p className="drill-words-label">{label}</p>
      {/* In the order they are typed, left to right on an Arabic page too, as on the French screen. */}
      <ol className="drill-words-list" dir="ltr">
        {words.map((word, index) => {
          const chars = [...word];
          const state = index < item ? 'done' : index === item ? 'current' : 'todo';
          return (
            <li key={index} className="drill-word" data-state={state}>
              <span lang="fr" dir="ltr">
                {state === 'current' ? (
                  <>
                    {chars.slice(0, pos).join('')}
                    {/* A space to type is shown as ␣, so that it can be seen. */}
                    <span className="drill-next">{chars[pos] === ' ' ? '\u2423' : chars[pos]}</span>
                    {chars.slice(pos + 1).join('')}
                  </>
                ) : (
                  word
                )}
              </span>
              {state === 'done' && (
                <>
                  <span className="drill-tick" aria-hidden="true">✓</span>
                  <span className="visually-hidden">{doneLabel}</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
