// @vitest-environment node
import type { TypingFact } from './facts';
import { readAll } from './reader';
import { compositionEnd, compositionStart, compositionUpdate, keydown, keyup, typed } from './sequences';

/**
 * Dead keys as compositions: Linux (Chrome, Firefox), ChromeOS and macOS (Chrome, Firefox,
 * Safari). Sequences from knowledge of those browsers (browser-events.md), not recorded here.
 */
const char = (c: string, code: string | null, via: Extract<TypingFact, { kind: 'char' }>['via']): TypingFact => ({ kind: 'char', char: c, code, via });
const deadKey = (accent: string | null, code: string | null): TypingFact => ({ kind: 'deadKeyPending', accent, code });
const draft = (data: string) => typed(data, 'insertCompositionText');

describe('reader, composition style', () => {
  it('reads ^ then e as ê on Linux Chrome (keydown Dead, then a composition)', () => {
    const events = [
      keydown('BracketLeft', 'Dead'), compositionStart(), compositionUpdate('^'), ...draft('^'), keyup('BracketLeft', 'Dead'),
      keydown('KeyE', 'ê'), compositionUpdate('ê'), ...draft('ê'), compositionEnd('ê'), keyup('KeyE', 'e'),
    ];
    expect(readAll(events, 'fr-azerty')).toEqual([deadKey('^', 'BracketLeft'), char('ê', 'KeyE', 'deadKey')]);
  });

  it('reads ^ then e on Linux Firefox, whose input comes after compositionend', () => {
    const events = [
      keydown('BracketLeft', 'Dead'), compositionStart(), compositionUpdate('^'), ...draft('^'), keyup('BracketLeft', 'Dead'),
      keydown('KeyE', 'e'), compositionUpdate('ê'), compositionEnd('ê'), ...draft('ê'), keyup('KeyE', 'e'),
    ];
    expect(readAll(events, 'fr-azerty')).toEqual([deadKey('^', 'BracketLeft'), char('ê', 'KeyE', 'deadKey')]);
  });

  it('reads ¨ then i as ï', () => {
    const events = [
      keydown('BracketLeft', 'Dead', { shiftKey: true }), compositionStart(), compositionUpdate('¨'), keyup('BracketLeft', 'Dead'),
      keydown('KeyI', 'ï'), compositionUpdate('ï'), compositionEnd('ï'), keyup('KeyI', 'i'),
    ];
    expect(readAll(events, 'fr-azerty')).toEqual([deadKey('¨', 'BracketLeft'), char('ï', 'KeyI', 'deadKey')]);
  });

  it('reads ^ then the space bar as ^, and ^ then z as ^z', () => {
    const start = [keydown('BracketLeft', 'Dead'), compositionStart(), compositionUpdate('^'), keyup('BracketLeft', 'Dead')];
    const space = [...start, keydown('Space', ' '), compositionEnd('^'), keyup('Space', ' ')];
    expect(readAll(space, 'fr-azerty')).toEqual([deadKey('^', 'BracketLeft'), char('^', 'BracketLeft', 'deadKey')]);
    const z = [...start, keydown('KeyW', 'z'), compositionEnd('^z'), keyup('KeyW', 'z')];
    expect(readAll(z, 'fr-azerty')).toEqual([deadKey('^', 'BracketLeft'), char('^', 'BracketLeft', 'deadKey'), char('z', 'KeyW', 'direct')]);
  });

  it('reads Safari, which sends the composition before the keydown, without typing twice', () => {
    const events = [
      compositionStart(), compositionUpdate('^'), ...draft('^'), keydown('BracketLeft', 'Dead'), keyup('BracketLeft', '^'),
      { type: 'input', inputType: 'deleteCompositionText', data: null } as const, { type: 'input', inputType: 'insertFromComposition', data: 'ê' } as const,
      compositionEnd('ê'), keydown('KeyE', 'ê'), keyup('KeyE', 'e'),
    ];
    expect(readAll(events, 'fr-azerty')).toEqual([deadKey('^', null), char('ê', null, 'deadKey')]);
  });

  it('reads an input method composition that is not a dead key as via composition', () => {
    const events = [keydown('KeyN', 'Process'), compositionStart(), compositionUpdate('に'), compositionEnd('日'), keyup('KeyN', 'n')];
    expect(readAll(events)).toEqual([char('日', 'KeyN', 'composition')]);
  });

  it('forgets a cancelled composition', () => {
    const events = [keydown('BracketLeft', 'Dead'), compositionStart(), compositionUpdate('^'), compositionEnd(''), keydown('KeyE', 'e'), ...typed('e')];
    expect(readAll(events, 'fr-azerty')).toEqual([deadKey('^', 'BracketLeft'), char('e', 'KeyE', 'direct')]);
  });
});
