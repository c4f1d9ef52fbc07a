import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lessonManifests } from '../../../lessons';
import { SKILLS } from '../../kit/lessonManifest';
import { useProgress } from '../../progress/ProgressContext';
import { SkillPictogram } from '../SkillPictogram';
import { useLessonTexts } from '../useLessonTitles';

export function CataloguePage() {
  const { t } = useTranslation();
  const { progress } = useProgress();
  const texts = useLessonTexts();
  const skills = SKILLS.filter((skill) => lessonManifests.some((lesson) => lesson.skill === skill));

  return (
    <div className="page catalogue">
      <h1>{t('catalogue.title')}</h1>
      {skills.map((skill) => (
        <section key={skill} className="skill" aria-labelledby={`skill-${skill}`}>
          <h2 id={`skill-${skill}`} className="skill-title">
            <SkillPictogram skill={skill} />
            {t(`catalogue.skills.${skill}`)}
          </h2>
          <ul className="lesson-list">
            {lessonManifests
              .filter((lesson) => lesson.skill === skill)
              .map((lesson) => {
                const done = Boolean(progress.lessons[lesson.id]);
                return (
                  <li key={lesson.id}>
                    <Link className="lesson-card" to={`/lecons/${lesson.id}`}>
                      <span className="lesson-card-title">{texts.title(lesson.id)}</span>
                      <span className="lesson-card-summary">{texts.summary(lesson.id)}</span>
                      <span className="lesson-card-facts">
                        <span>{t('catalogue.minutes', { count: lesson.minutes })}</span>
                        <span className={done ? 'badge done' : 'badge'}>
                          {done ? `✓ ${t('catalogue.done')}` : t('catalogue.notDone')}
                        </span>
                      </span>
                    </Link>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
