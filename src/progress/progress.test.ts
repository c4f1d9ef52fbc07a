import { browserStore, memoryStore } from '../storage/safeStorage';
import { emptyProgress, forgetInProgress, MAX_WEAK_KEYS, progressRecord, recordCompletion, recordStep } from './progress';

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

  describe('weak keys', () => {
    const withWeak = (weakKeys: string[]) => ({ ...emptyProgress(), weakKeys });

    it('puts the keys missed again first, keeps the earlier ones, and stores key codes as well as characters', () => {
      const progress = recordCompletion(withWeak(['é', '@']), 'a', { score: 50, attempts: 4, weakKeys: ['Backspace', '@'] }, now);
      expect(progress.weakKeys).toEqual(['Backspace', '@', 'é']);
      const record = progressRecord(memoryStore());
      record.write(progress);
      expect(record.read()).toEqual({ value: progress, status: 'ok' });
    });

    it('forgets the keys practised through a revision, unless they were missed again', () => {
      const progress = recordCompletion(withWeak(['é', '@', 'M']), 'a', { score: 80, attempts: 6, weakKeys: ['@'], revisedKeys: ['é', '@'] }, now);
      expect(progress.weakKeys).toEqual(['@', 'M']);
    });

    it('leaves the list as it was after a lesson that says nothing of keys', () => {
      expect(recordCompletion(withWeak(['é']), 'a', { score: 80, attempts: 6 }, now).weakKeys).toEqual(['é']);
      expect(recordCompletion(emptyProgress(), 'a', { score: 80, attempts: 6 }, now)).not.toHaveProperty('weakKeys');
    });

    it(`keeps at most ${MAX_WEAK_KEYS}, newest first`, () => {
      const earlier = Array.from({ length: MAX_WEAK_KEYS }, (_, index) => String(index));
      const progress = recordCompletion(withWeak(earlier), 'a', { score: 50, attempts: 4, weakKeys: ['x'] }, now);
      expect(progress.weakKeys).toEqual(['x', ...earlier.slice(0, MAX_WEAK_KEYS - 1)]);
    });

    it('reads back a stored list with a key code, and resets a list with an empty or overlong entry', () => {
      const store = memoryStore();
      store.set('pas-a-pas.progress', JSON.stringify(withWeak(['Backspace', 'ê'])));
      expect(progressRecord(store).read().status).toBe('ok');
      for (const bad of ['', 'x'.repeat(40)]) {
        store.set('pas-a-pas.progress', JSON.stringify(withWeak([bad])));
        expect(progressRecord(store).read().status).toBe('reset');
      }
    });
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
