import { getInitialSnapshot, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { InProgress } from '../progress/progress';

/**
 * The snapshot to resume from, or undefined to start afresh. Stored progress may come from an
 * older version of the lesson: a state that no longer exists or a context of another shape is
 * dropped rather than trusted.
 */
export function restoreSnapshot(
  machine: AnyStateMachine,
  inProgress: InProgress | null,
  lessonId: string,
): AnyMachineSnapshot | undefined {
  if (!inProgress || inProgress.lessonId !== lessonId) return undefined;
  const initial = getInitialSnapshot(machine).context as Record<string, unknown>;
  const stored = inProgress.context as Record<string, unknown> | null;
  if (typeof stored !== 'object' || stored === null) return undefined;
  const sameShape = Object.keys(initial).every(
    (key) => key in stored && (initial[key] === null || stored[key] === null || typeof initial[key] === typeof stored[key]),
  );
  if (!sameShape) return undefined;
  try {
    const snapshot = machine.resolveState({ value: inProgress.value as never, context: stored });
    return snapshot.status === 'active' && snapshot.hasTag('step') ? snapshot : undefined;
  } catch {
    return undefined;
  }
}
