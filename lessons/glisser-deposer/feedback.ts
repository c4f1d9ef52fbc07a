import type { LessonViewProps } from '../../src/kit/lesson';
import { SERIES, type GlisserDeposerContext, type Kind } from './machine';
import type { Stage } from './scenes';

/**
 * The kind words after a try, from what the machine recorded: what came back and why, how many
 * things are left, and what improved. Null when there is nothing to say.
 */
export function feedbackOf(stage: Stage, context: GlisserDeposerContext, kind: Kind, touchOnly: boolean, t: LessonViewProps['t']): string | null {
  const touch = { context: touchOnly ? 'touch' : undefined };
  switch (context.lastTry) {
    case 'early':
      return t('feedback.early', touch);
    case 'back':
      return t(`feedback.back.${kind}`, touch);
    case 'wrong':
      return t(`feedback.wrong.${kind}`);
    case 'placed':
    case 'better': {
      if (stage === 'bin') return t('feedback.allSorted');
      if (context.placed === 0) return t('feedback.inAlbum');
      const left = t('feedback.placed', { count: SERIES.length - context.placed });
      return context.lastTry === 'better' ? `${left} ${t('feedback.better')}` : left;
    }
    default:
      return null;
  }
}
