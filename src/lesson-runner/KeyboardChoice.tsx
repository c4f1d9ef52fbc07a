import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { detectLayout, type NavigatorLike } from '../keyboard/detectLayout';
import type { LayoutId } from '../keyboard/layouts/types';

const ROWS: Record<LayoutId, string> = { 'fr-azerty': 'AZERTY', 'us-qwerty': 'QWERTY' };

/**
 * Asked once, before the first keyboard lesson: which keyboard is under the learner's hands.
 * The browser can sometimes tell (navigator.keyboard); otherwise two pictures of the top letter
 * row, which is what a person can check at a glance.
 */
export function KeyboardChoice({ onChoose }: { onChoose: (layout: LayoutId) => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    let current = true;
    detectLayout(typeof navigator === 'undefined' ? undefined : (navigator as NavigatorLike)).then(
      (layout) => current && layout && onChoose(layout),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [onChoose]);

  return (
    <section className="keyboard-choice" aria-labelledby="keyboard-choice-title">
      <h1 id="keyboard-choice-title">{t('keyboardChoice.title')}</h1>
      <p className="lead">{t('keyboardChoice.help')}</p>
      <div className="button-row">
        {(Object.keys(ROWS) as LayoutId[]).map((layout) => (
          <button key={layout} type="button" className="big-button keyboard-choice-button" onClick={() => onChoose(layout)}>
            <span className="keycap-row" lang="fr" dir="ltr" aria-hidden="true">
              {[...ROWS[layout]].map((letter, index) => (
                <span key={index} className="keycap">
                  {letter}
                </span>
              ))}
            </span>
            <span>{t(`keyboardChoice.${layout}`)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
