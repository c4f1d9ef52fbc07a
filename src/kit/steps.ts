import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode } from 'xstate';
import type { StepMeta } from './lesson';

function isStepMeta(meta: unknown): meta is StepMeta {
  const candidate = meta as Partial<StepMeta> | undefined;
  return typeof candidate?.step === 'number' && typeof candidate.text === 'string' && typeof candidate.hint === 'string';
}

/** Every step of a machine, in order, read from its state nodes' meta. */
export function lessonSteps(machine: AnyStateMachine): StepMeta[] {
  const steps: StepMeta[] = [];
  const visit = (node: AnyStateNode) => {
    if (isStepMeta(node.meta)) steps.push(node.meta);
    Object.values(node.states).forEach(visit);
  };
  visit(machine.root);
  return steps.sort((a, b) => a.step - b.step);
}

/** The step the snapshot is in (null on the final state). */
export function currentStep(snapshot: AnyMachineSnapshot): StepMeta | null {
  const metas = Object.values(snapshot.getMeta()).filter(isStepMeta);
  return metas[metas.length - 1] ?? null;
}

/** The « N » of « Étape n sur N »: the steps that always come, or the optional one the learner is in. */
export function stepTotal(steps: readonly StepMeta[], current: StepMeta | null): number {
  const always = steps.filter((step) => !step.optional).length;
  return current?.optional ? Math.max(current.step, always) : always;
}
