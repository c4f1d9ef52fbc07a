import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isLessonId, lessonManifest, loadLesson, nextLessonId, type LessonId } from '../../../lessons';
import type { LessonModule } from '../../kit/lesson';
import { LessonRunner } from '../../lesson-runner/LessonRunner';

export function LessonPage() {
  const { lessonId } = useParams();
  const { t } = useTranslation();
  if (!isLessonId(lessonId)) {
    return (
      <div className="page">
        <h1>{t('lesson.notFound')}</h1>
        <Link className="big-button" to="/lecons">
          {t('lesson.backToLessons')}
        </Link>
      </div>
    );
  }
  return <LoadedLesson key={lessonId} lessonId={lessonId} />;
}

function LoadedLesson({ lessonId }: { lessonId: LessonId }) {
  const { t } = useTranslation();
  const { ready } = useTranslation(lessonId);
  const navigate = useNavigate();
  const [lesson, setLesson] = useState<LessonModule | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    loadLesson(lessonId).then(
      (module) => current && setLesson(module),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [lessonId, attempt]);

  if (failed) {
    return (
      <div className="page" role="alert">
        <p className="lead">{t('lesson.loadFailed')}</p>
        <div className="button-row">
          <button type="button" className="big-button primary" onClick={() => (setFailed(false), setAttempt((n) => n + 1))}>
            {t('lesson.retry')}
          </button>
          <Link className="big-button" to="/lecons">
            {t('lesson.backToLessons')}
          </Link>
        </div>
      </div>
    );
  }
  if (!lesson || !ready) {
    return (
      <p className="page lead" role="status">
        {t('lesson.loading')}
      </p>
    );
  }
  const next = nextLessonId(lessonId);
  return (
    <LessonRunner
      lessonId={lessonId}
      lesson={lesson}
      gestures={lessonManifest(lessonId).gestures}
      needsKeyboard={lessonManifest(lessonId).devices.includes('keyboard')}
      onQuit={() => navigate('/')}
      onLessons={() => navigate('/lecons')}
      onNext={() => navigate(next ? `/lecons/${next}` : '/lecons')}
    />
  );
}
