import type { TFunction } from 'i18next';
import { SayText } from '../../src/kit/SayText';
import type { LayoutId } from '../../src/kit/keyboard';
import { LABELS, type FieldId } from './form';
import { shownChar, type KeyHelp } from './help';
import type { LastTry, Stage } from './machine';

interface FeedbackProps {
  stage: Stage;
  t: TFunction;
  lastTry: LastTry;
  mistake: KeyHelp['mistake'];
  /** The keys to press now, by name (« Maj + O »). */
  keys: string;
  layout: LayoutId;
  /** « Ville » no longer looks like the fix in progress. */
  astray: boolean;
  /** The step's field, when the cursor is not in it. */
  cursorAway: FieldId | undefined;
}

/** One kind sentence at a time: the slip in the box, or the last try of this step, or where the cursor is. */
export function Feedback({ stage, t, lastTry, mistake, keys, layout, astray, cursorAway }: FeedbackProps) {
  let text: string | null = null;
  if (astray) text = t('feedback.villeAstray');
  else if (mistake?.expected === null) text = t('feedback.extra', { typed: shownChar(mistake.typed, layout) });
  else if (mistake) text = t('feedback.typed', { typed: shownChar(mistake.typed, layout), expected: shownChar(mistake.expected, layout), keys });
  else if (lastTry === 'wrongMove') text = t(`feedback.wrongMove.${stage}`);
  else if (lastTry === 'miss') text = t(`feedback.miss.${stage}`);
  else if (cursorAway) text = t('feedback.cursorAway', { field: LABELS[cursorAway] });
  return (
    <div className="feedback" role="status">
      {text && (
        <p>
          <SayText text={text} />
        </p>
      )}
    </div>
  );
}
