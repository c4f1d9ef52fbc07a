import { useCallback } from 'react';

/**
 * What a lesson just said about the learner's last action (its `role="status"` lines: « Vous avez
 * tapé x. Il fallait a. ») is brought on screen when it was drawn below the bottom edge, as happens
 * at 200 % zoom, where the field, the sentence and the keyboard drawing do not fit one screen. The
 * page is scrolled just enough, after the frame that draws the sentence, and only down: a sentence
 * above the top edge was left there by the learner scrolling down to the drawing, and stays there.
 *
 * Only for what a key press made the lesson say: the page never moves under a mouse (a double
 * click, a drag, a button pressed and not yet released would miss their target).
 * Returns the ref for the element that holds the lesson.
 */
export function useStatusInView() {
  return useCallback((root: HTMLElement | null) => {
    if (!root) return;
    let frame = 0;
    let timer = 0;
    let byKeyboard = false;
    const onKey = () => (byKeyboard = true);
    const onPointer = () => (byKeyboard = false);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    const changed = new Set<Element>();
    const reveal = () => {
      frame = 0;
      // A press of the mouse since the key: the page stays as it is.
      if (!byKeyboard) changed.clear();
      for (const status of changed) {
        if (!status.isConnected || !status.textContent?.trim()) continue;
        if (status.getBoundingClientRect().bottom > window.innerHeight) status.scrollIntoView({ block: 'nearest' });
      }
      changed.clear();
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const status = node?.closest('[role="status"]');
        if (status && root.contains(status)) changed.add(status);
      }
      if (!byKeyboard) changed.clear();
      // Looked at once the frame that draws it is out, when its layout is known: nothing is laid
      // out again on the way from the key to its feedback.
      else if (changed.size > 0 && frame === 0) frame = requestAnimationFrame(() => (timer = window.setTimeout(reveal)));
    });
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
}
