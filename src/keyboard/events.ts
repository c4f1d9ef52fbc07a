/**
 * The DOM events the typing reader needs, as plain data: tests write them by hand, a view records
 * them from real events with `recordEvent`. Nothing here touches a DOM global at import time.
 */
export interface RecordedKey {
  type: 'keydown' | 'keyup';
  code: string;
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** getModifierState('AltGraph'): Firefox and Linux report it; Windows Chrome says Ctrl + Alt instead. */
  altGraph?: boolean;
  /** getModifierState('CapsLock') / ('NumLock'); left out when unknown. */
  capsLock?: boolean;
  numLock?: boolean;
  repeat?: boolean;
}

export interface RecordedInput {
  type: 'beforeinput' | 'input';
  inputType: string;
  data: string | null;
}

export interface RecordedComposition {
  type: 'compositionstart' | 'compositionupdate' | 'compositionend';
  data: string;
}

export type RecordedEvent = RecordedKey | RecordedInput | RecordedComposition;

/** The event types to listen to, for a view that feeds the reader. */
export const READER_EVENT_TYPES = [
  'keydown', 'keyup', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend',
] as const;

interface DomLikeEvent {
  type: string;
  code?: string;
  key?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  repeat?: boolean;
  inputType?: string;
  data?: string | null;
  getModifierState?: (key: string) => boolean;
}

/** A DOM KeyboardEvent, InputEvent or CompositionEvent as reader data; null for any other event. */
export function recordEvent(event: Event | DomLikeEvent): RecordedEvent | null {
  const e = event as DomLikeEvent;
  switch (e.type) {
    case 'keydown':
    case 'keyup':
      return {
        type: e.type,
        code: e.code ?? '',
        key: e.key ?? '',
        shiftKey: e.shiftKey ?? false,
        ctrlKey: e.ctrlKey ?? false,
        altKey: e.altKey ?? false,
        metaKey: e.metaKey ?? false,
        altGraph: e.getModifierState?.('AltGraph') ?? false,
        capsLock: e.getModifierState?.('CapsLock'),
        numLock: e.getModifierState?.('NumLock'),
        repeat: e.repeat ?? false,
      };
    case 'beforeinput':
    case 'input':
      return { type: e.type, inputType: e.inputType ?? '', data: e.data ?? null };
    case 'compositionstart':
    case 'compositionupdate':
    case 'compositionend':
      return { type: e.type, data: e.data ?? '' };
    default:
      return null;
  }
}
