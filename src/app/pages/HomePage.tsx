import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LESSON_IDS } from '../../../lessons';
import { useProgress } from '../../progress/ProgressContext';
import { LanguageChooser } from '../LanguageChooser';

export function HomePage() {
  const { t } = useTranslation();
  const { progress } = useProgress();
  const inProgress = progress.inProgress;
  // Only the lesson to resume needs its title here: the catalogue loads the others.
  const { t: tResume } = useTranslation(inProgress ? [inProgress.lessonId] : []);
  const firstToDo = LESSON_IDS.find((id) => !progress.lessons[id]) ?? LESSON_IDS[0];

  return (
    <div className="page home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <LanguageChooser />
      <div className="button-column">
        {inProgress && (
          <Link className="big-button primary" to={`/lecons/${inProgress.lessonId}`}>
            {t('home.continue', { lesson: tResume('title', { ns: inProgress.lessonId }), step: inProgress.step })}
          </Link>
        )}
        <Link className={inProgress ? 'big-button' : 'big-button primary'} to={`/lecons/${firstToDo}`}>
          {t('home.start')}
        </Link>
        <Link className="big-button" to="/lecons">
          {t('home.allLessons')}
        </Link>
      </div>
    </div>
  );
}
