/** Feedback first, bookkeeping after: what waits for the frame, in what order, and what is dropped. */
import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { afterNextFrame, useSendAfterFrame, type FrameSender } from './feedbackFirst';

/** Resolves once a frame has been drawn and the tasks queued from it have run. */
const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

function Sender({ place, send, expose }: { place: string; send: (event: string) => void; expose: (sender: FrameSender<string>) => void }) {
  const sender = useSendAfterFrame(send, place);
  useEffect(() => {
    expose(sender);
  });
  return null;
}

function setup(place = 'a:0') {
  const sent: string[] = [];
  let sender!: FrameSender<string>;
  const view = render(<Sender place={place} send={(event) => sent.push(event)} expose={(s) => (sender = s)} />);
  const rerender = (at: string) => view.rerender(<Sender place={at} send={(event) => sent.push(event)} expose={(s) => (sender = s)} />);
  return { sent, sender: () => sender, rerender, unmount: view.unmount };
}

describe('useSendAfterFrame', () => {
  it('sends a miss only once the next frame is drawn', async () => {
    const { sent, sender } = setup();
    sender().later('miss x');
    expect(sent).toEqual([]);
    await nextFrame();
    expect(sent).toEqual(['miss x']);
  });

  it('sends what waits before a key the lesson accepts, in the order typed', () => {
    const { sent, sender } = setup();
    sender().later('miss x');
    sender().later('miss k');
    sender().now('right a');
    expect(sent).toEqual(['miss x', 'miss k', 'right a']);
  });

  it('sends at once, in order, a miss judged in the same key press after a key accepted: the view judged it on the step before', async () => {
    const { sent, sender } = setup();
    sender().now('right a');
    sender().later('maybe b');
    expect(sent).toEqual(['right a', 'maybe b']);
    // The next key press waits for its frame again.
    await Promise.resolve();
    sender().later('miss x');
    expect(sent).toEqual(['right a', 'maybe b']);
    await nextFrame();
    expect(sent).toEqual(['right a', 'maybe b', 'miss x']);
  });

  it('sends each event once', async () => {
    const { sent, sender } = setup();
    sender().later('miss x');
    sender().now('right a');
    await nextFrame();
    await nextFrame();
    expect(sent).toEqual(['miss x', 'right a']);
  });

  it('drops a miss about a letter no longer asked (the step was skipped before the frame)', async () => {
    const { sent, sender, rerender } = setup('letters:0');
    sender().later('miss x');
    rerender('words:0');
    await nextFrame();
    expect(sent).toEqual([]);
  });

  it('drops what waits when the view goes away', async () => {
    const { sent, sender, unmount } = setup();
    sender().later('miss x');
    unmount();
    await nextFrame();
    expect(sent).toEqual([]);
  });
});

describe('afterNextFrame', () => {
  it('runs without a frame too, after a short wait (a hidden page draws none)', async () => {
    // Frames stay real and none comes while the fake clock is moved on: only the wait limit can run the job.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const job = vi.fn();
      afterNextFrame(job);
      vi.advanceTimersByTime(249);
      expect(job).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(job).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1000);
      expect(job).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('can be cancelled', async () => {
    const job = vi.fn();
    afterNextFrame(job)();
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(job).not.toHaveBeenCalled();
  });
});
