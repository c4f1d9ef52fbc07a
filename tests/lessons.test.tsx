/**
 * Generated for every lesson in the registry: the machine's graph is sound, its texts exist in
 * every shipped language, and every state is lived through on the rendered lesson up to « Bravo ».
 */
import { act, screen, within } from '@testing-library/react';
import type { EventObject } from 'xstate';
import { LESSON_IDS, loadLesson, loadLessonLocale } from '../lessons';
import { LANGUAGES } from '../src/i18n/languages';
import { plainText } from '../src/narration/segments';
import { currentStep, lessonSteps, stepTotal } from '../src/kit/steps';
import type { LessonDrive } from '../src/kit/testing';
import { isFinal, leafStateValues, pathsFromStart, pathsToEnd, stateName, walk } from './helpers/graph';
import { renderApp } from './helpers/renderApp';

const drives = import.meta.glob<LessonDrive<EventObject>>('../lessons/*/drive.ts', { import: 'drive', eager: true });
const RUNNER_EVENTS: EventObject[] = [{ type: 'lesson.idle' }, { type: 'lesson.skip' }];

const lookup = (resources: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);

describe.each(LESSON_IDS)('lesson %s', (lessonId) => {
  const drive = drives[`../lessons/${lessonId}/drive.ts`];

  it('has a drive.ts that performs each of its own events', async () => {
    expect(drive, `lessons/${lessonId}/drive.ts exports drive`).toBeDefined();
    const { machine } = await loadLesson(lessonId);
    const ownEvents = [...machine.events].filter((type) => !type.startsWith('lesson.') && !type.startsWith('xstate.'));
    expect(Object.keys(drive).sort()).toEqual(ownEvents.sort());
  });

  it('reaches every state, and can reach the end from every reachable state', async () => {
    const { machine } = await loadLesson(lessonId);
    const graph = walk(machine, [...Object.values(drive).flatMap((entry) => entry.samples), ...RUNNER_EVENTS]);
    const reached = [...graph.vertices.values()].map((vertex) => vertex.snapshot);
    for (const leaf of leafStateValues(machine)) {
      expect(
        reached.some((snapshot) => snapshot.matches(leaf.value as never)),
        `state ${leaf.id} is reachable`,
      ).toBe(true);
    }
    const toEnd = pathsToEnd(graph);
    const deadEnds = [...graph.vertices.keys()].filter((key) => !toEnd.has(key));
    expect(deadEnds.map((key) => stateName(graph.vertices.get(key)!.snapshot)), 'states with no way to the end').toEqual([]);
    expect(reached.some(isFinal)).toBe(true);
  });

  it('gives every step the tag `step` and keys that exist in every shipped language', async () => {
    const { machine } = await loadLesson(lessonId);
    const steps = lessonSteps(machine);
    expect(steps.map((step) => step.step)).toEqual(steps.map((_, index) => index + 1));
    // Optional steps (a revision that comes only sometimes) come last, or the counter would skip a number.
    const firstOptional = steps.findIndex((step) => step.optional);
    if (firstOptional >= 0) expect(steps.slice(firstOptional).every((step) => step.optional)).toBe(true);
    for (const language of LANGUAGES) {
      const resources = await loadLessonLocale(lessonId, language.code);
      for (const step of steps) {
        for (const key of [step.text, step.hint]) {
          expect(typeof lookup(resources, key), `${language.code}: ${lessonId}:${key}`).toBe('string');
        }
      }
    }
  });

  it('plays through every state on the rendered lesson up to the end screen', async () => {
    const { machine } = await loadLesson(lessonId);
    const french = await loadLessonLocale(lessonId, 'fr');
    const graph = walk(machine, [...Object.values(drive).flatMap((entry) => entry.samples), ...RUNNER_EVENTS]);
    const fromStart = pathsFromStart(graph);
    const toEnd = pathsToEnd(graph);
    // One journey through each distinct state (the shortest way in, then the shortest way out).
    const journeys = new Map<string, string>();
    for (const key of fromStart.keys()) {
      const name = stateName(graph.vertices.get(key)!.snapshot);
      const known = journeys.get(name);
      const length = (k: string) => fromStart.get(k)!.length + toEnd.get(k)!.length;
      if (!known || length(key) < length(known)) journeys.set(name, key);
    }
    expect(journeys.size).toBeGreaterThan(1);

    for (const [name, key] of journeys) {
      const events = [...fromStart.get(key)!, ...toEnd.get(key)!];
      const app = await renderApp({ path: `/lecons/${lessonId}` });
      const steps = lessonSteps(machine);
      const total = stepTotal(steps, null);
      // A keyboard lesson first asks which keyboard the learner has: answer as a learner would.
      await screen.findByText(new RegExp(`^(Étape 1 sur ${total}|Quel clavier avez-vous \\?)$`), {}, { timeout: 5000 });
      const azerty = screen.queryByRole('button', { name: /AZERTY/ });
      if (azerty) await app.user.click(azerty);
      await screen.findByText(`Étape 1 sur ${total}`);
      const stage = () => app.container.querySelector<HTMLElement>('.lesson-stage')!;
      let expected = graph.vertices.get(graph.initial)!.snapshot;

      for (const event of events) {
        if (event.type === 'lesson.idle') await app.user.click(screen.getByRole('button', { name: 'Aide' }));
        else if (event.type === 'lesson.skip') await app.user.click(screen.getByRole('button', { name: 'Passer cette étape' }));
        else {
          await act(() => drive[event.type].perform({ user: app.user, stage: stage() }, event as never));
          // A learner's next action comes after the frame that shows this one: a miss drawn first
          // reaches the machine just after that frame (src/kit/keyboard/feedbackFirst.ts).
          await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
        }
        expected = graph.vertices.get(graph.vertices.get(keyOf(graph, expected))!.edges.find((edge) => edge.event === event)!.to)!.snapshot;
        const step = currentStep(expected);
        if (step) {
          expect(screen.getByText(`Étape ${step.step} sur ${stepTotal(steps, step)}`), `after ${event.type} towards ${name}`).toBeVisible();
          const hint = app.container.querySelector('.hint');
          if (expected.hasTag('hinted')) expect(hint).toHaveTextContent(plainText(String(lookup(french, step.hint))));
          else expect(hint).toBeNull();
        }
      }
      expect(await screen.findByRole('heading', { name: 'Bravo !' }), `journey through ${name}`).toBeVisible();
      expect(within(app.container).getByRole('button', { name: 'Refaire' })).toBeVisible();
      app.unmount();
    }
  });
});

function keyOf(graph: ReturnType<typeof walk>, snapshot: unknown): string {
  for (const [key, vertex] of graph.vertices) if (vertex.snapshot === snapshot) return key;
  throw new Error('snapshot not in graph');
}
