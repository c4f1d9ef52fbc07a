import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GesturePicture, type Gesture } from '../kit/GesturePicture';
import type { LessonOutput } from '../kit/lesson';

interface EndScreenProps {
  title: string;
  practised: string;
  gestures: readonly Gesture[];
  output: LessonOutput;
  onAgain: () => void;
  onNext: () => void;
  onLessons: () => void;
}

/** « Bravo ! »: what was practised and how many tries, kindly; never a grade. */
export function EndScreen({ title, practised, gestures, output, onAgain, onNext, onLessons }: EndScreenProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="end-screen" aria-labelledby="end-title">
      <h2 id="end-title" ref={heading} tabIndex={-1}>
        {t('end.title')}
      </h2>
      <p className="end-lead">{t('end.finished', { lesson: title })}</p>
      <div className="practised">
        <p>
          <strong>{t('end.practised')}</strong> {practised}
        </p>
        <div className="gesture-pictures">
          {gestures.map((gesture) => (
            <GesturePicture key={gesture} gesture={gesture} />
          ))}
        </div>
      </div>
      <p>{t('end.tries', { count: output.attempts })}</p>
      <div className="button-row">
        <button type="button" className="big-button primary" onClick={onNext}>
          {t('end.next')}
        </button>
        <button type="button" className="big-button" onClick={onAgain}>
          {t('end.again')}
        </button>
        <button type="button" className="big-button" onClick={onLessons}>
          {t('end.allLessons')}
        </button>
      </div>
    </section>
  );
}
