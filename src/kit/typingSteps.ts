import { withHint, type StepMeta } from './lesson';

/**
 * A guided typing step, as a state config: each character is checked as it comes; the last one
 * moves on to `next`, as does « Passer cette étape ». The lesson's machine provides, by these names,
 * the guards `finishesText` and `isExpectedChar` and the actions `startStep`, `acceptChar`,
 * `finishStep` and `recordMiss`, each given `{ step }`. (chiffres, caracteres-email)
 */
export function guidedTypingStep<S extends string>(step: S, number: number, next: string, meta: Pick<StepMeta, 'optional'> = {}) {
  return {
    tags: ['step'],
    meta: { step: number, text: `steps.${step}.text`, hint: `steps.${step}.hint`, ...meta },
    entry: 'startStep' as const,
    on: {
      'user.char': [
        { guard: { type: 'finishesText' as const, params: { step } }, target: next, actions: ['acceptChar' as const, 'finishStep' as const] },
        { guard: { type: 'isExpectedChar' as const, params: { step } }, actions: 'acceptChar' as const },
        { actions: { type: 'recordMiss' as const, params: { step } } },
      ],
      'lesson.skip': next,
    },
    ...withHint(),
  };
}

/**
 * A drill step's answers to a character (typingDrill): the one that ends the step's words moves on
 * to `next`, a right one goes on, any other is a miss. The lesson's machine provides the guards
 * `finishesStep` and `isExpectedChar` and the actions `recordHit` and `recordMiss`, each given `{ step }`.
 * (accents, majuscules)
 */
export function drillTyping<S extends string, T extends string>(step: S, next: T) {
  const params = { step };
  return [
    { guard: { type: 'finishesStep' as const, params }, target: next, actions: { type: 'recordHit' as const, params } },
    { guard: { type: 'isExpectedChar' as const, params }, actions: { type: 'recordHit' as const, params } },
    { actions: { type: 'recordMiss' as const, params } },
  ];
}
