import { browserStore, memoryStore } from '../storage/safeStorage';
import { emptyProgress, forgetInProgress, progressRecord, recordCompletion, recordStep } from './progress';

const now = new Date('2026-11-22T10:00:00Z');

describe('progress storage', () => {
  it('starts empty when nothing is stored', () => {
    expect(progressRecord(memoryStore()).read()).toEqual({ value: emptyProgress(), status: 'empty' });
  });

  it('reads back what it wrote', () => {
    const store = memoryStore();
    const progress = recordCompletion(emptyProgress(), 'premiers-clics', { score: 80, attempts: 10 }, now);
    progressRecord(store).write(progress);
    expect(progressRecord(store).read()).toEqual({ value: progress, status: 'ok' });
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 2, lessons: {}, inProgress: null })],
    ['a wrong shape', JSON.stringify({ version: 1, lessons: { x: { completions: 'many' } }, inProgress: null })],
    ['a negative count', JSON.stringify({ version: 1, lessons: { x: { completions: -1, bestScore: 1, lastAttempts: 1, lastCompletedAt: '' } }, inProgress: null })],
  ])('resets %s and says so, removing the bad value', (_, raw) => {
    const store = memoryStore();
    store.set('pas-a-pas.progress', raw);
    expect(progressRecord(store).read()).toEqual({ value: emptyProgress(), status: 'reset' });
    expect(store.get('pas-a-pas.progress')).toBeNull();
  });
});

describe('recording', () => {
  it('keeps the best score and counts completions, clearing the in-progress marker', () => {
    let progress = recordStep(emptyProgress(), { lessonId: 'a', step: 3, value: 'x', context: {} });
    progress = recordCompletion(progress, 'a', { score: 90, attempts: 7 }, now);
    progress = recordCompletion(progress, 'a', { score: 60, attempts: 12 }, now);
    expect(progress.lessons.a).toEqual({ completions: 2, bestScore: 90, lastAttempts: 12, lastCompletedAt: now.toISOString() });
    expect(progress.inProgress).toBeNull();
  });

  it('clamps outcomes into the schema', () => {
    const progress = recordCompletion(emptyProgress(), 'a', { score: 140.4, attempts: -3 }, now);
    expect(progress.lessons.a.bestScore).toBe(100);
    expect(progress.lessons.a.lastAttempts).toBe(0);
  });

  it('forgets only the in-progress lesson it is asked to', () => {
    const progress = recordStep(emptyProgress(), { lessonId: 'a', step: 2, value: 'x', context: {} });
    expect(forgetInProgress(progress, 'b')).toBe(progress);
    expect(forgetInProgress(progress, 'a').inProgress).toBeNull();
  });
});

describe('storage that refuses to work (private mode, kiosk policy)', () => {
  const throwing = () =>
    ({
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    }) as unknown as Storage;

  it('keeps progress in memory for the session instead of failing', () => {
    const store = browserStore(throwing);
    expect(store.persistent).toBe(false);
    const record = progressRecord(store);
    const progress = recordCompletion(emptyProgress(), 'a', { score: 50, attempts: 4 }, now);
    record.write(progress);
    expect(record.read().value).toEqual(progress);
  });

  it('works normally with a real localStorage', () => {
    const store = browserStore();
    expect(store.persistent).toBe(true);
    store.set('k', 'v');
    expect(window.localStorage.getItem('k')).toBe('v');
  });
});
