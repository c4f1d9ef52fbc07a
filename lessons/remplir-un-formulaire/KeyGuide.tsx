import type { TFunction } from 'i18next';
import { OnScreenKeyboard, useKeyboardWords, type Keystroke, type LayoutId } from '../../src/kit/keyboard';

interface KeyGuideProps {
  t: TFunction;
  layout: LayoutId;
  highlight: Keystroke;
  /** The keys by name, modifiers first (« Ctrl + C »). */
  keys: string;
  wrong: string | null;
  capsLock: boolean | undefined;
  /** After two slips: name the finger too. */
  finger: boolean;
}

/** The key to press now, written out and drawn on the learner's own keyboard. */
export function KeyGuide({ t, layout, highlight, keys, wrong, capsLock, finger }: KeyGuideProps) {
  const words = useKeyboardWords(t);
  return (
    <>
      {!wrong && (
        // The drawing cannot show Ctrl held: the keys are written out too (the figure's label says them).
        <p className="formulaire-keys" aria-hidden="true">
          <bdi dir="ltr">
            {keys.split(' + ').map((name, index) => (
              <span key={index}>
                {index > 0 && ' + '}
                <kbd>{name}</kbd>
              </span>
            ))}
          </bdi>
        </p>
      )}
      <OnScreenKeyboard
        layout={layout}
        label={t('keyboard.label', { keys })}
        highlight={highlight}
        wrong={wrong}
        capsLock={capsLock}
        showNumpad={false}
        finger={finger}
        words={words}
      />
    </>
  );
}
