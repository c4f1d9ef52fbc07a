import { stepTotal } from './steps';
import type { StepMeta } from './lesson';

const step = (n: number, optional?: true): StepMeta => ({ step: n, text: `steps.${n}.text`, hint: `steps.${n}.hint`, ...(optional ? { optional } : {}) });

describe('the step counter', () => {
  const steps = [step(1), step(2), step(3), step(4, true)];

  it('counts the steps that always come, so « sur N » never promises a revision that may not come', () => {
    expect(stepTotal(steps, steps[0])).toBe(3);
    expect(stepTotal(steps, steps[2])).toBe(3);
    expect(stepTotal(steps, null)).toBe(3);
  });

  it('counts the optional last step once the learner is in it', () => {
    expect(stepTotal(steps, steps[3])).toBe(4);
  });

  it('counts every step of a lesson without optional ones', () => {
    expect(stepTotal([step(1), step(2)], step(1))).toBe(2);
  });
});
