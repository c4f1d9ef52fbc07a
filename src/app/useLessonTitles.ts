import { useTranslation } from 'react-i18next';
import { LESSON_IDS } from '../../lessons';

/** Lesson titles live in each lesson's namespace: load them all (a few hundred bytes each). */
export function useLessonTexts() {
  const { t, ready } = useTranslation([...LESSON_IDS]);
  return {
    ready,
    title: (id: string) => t('title', { ns: id }),
    summary: (id: string) => t('summary', { ns: id }),
  };
}
