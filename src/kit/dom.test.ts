/** drawInto: the nodes already there are kept, only what differs is changed. */
import { drawInto, html, svg } from './dom';

describe('drawInto', () => {
  it('keeps the nodes already drawn and changes only a text or an attribute', () => {
    const box = document.createElement('div');
    drawInto(box, [html('span', { class: 'a', 'data-state': 'wrong' }, '✗ ', html('kbd', {}, 'K')), ' fin']);
    expect(box.innerHTML).toBe('<span class="a" data-state="wrong">✗ <kbd>K</kbd></span> fin');
    const [span, end] = [...box.childNodes];
    const kbd = box.querySelector('kbd')!;
    const changes: string[] = [];
    const observer = new MutationObserver(() => {});
    observer.observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
    drawInto(box, [html('span', { class: 'a', 'data-state': 'wrong' }, '✗ ', html('kbd', {}, 'X')), ' fin']);
    expect(box.innerHTML).toBe('<span class="a" data-state="wrong">✗ <kbd>X</kbd></span> fin');
    expect([...box.childNodes]).toEqual([span, end]);
    expect(box.querySelector('kbd')).toBe(kbd);
    drawInto(box, [html('span', { class: 'b' }, '✗ ', html('kbd', {}, 'X')), ' fin']);
    observer.takeRecords().forEach((record) => changes.push(record.type));
    observer.disconnect();
    expect(box.innerHTML).toBe('<span class="b">✗ <kbd>X</kbd></span> fin');
    // One text changed (K → X), then one attribute changed and one removed: nothing else was touched.
    expect(changes.sort()).toEqual(['attributes', 'attributes', 'characterData']);
  });

  it('replaces a node of another kind, adds what is new and removes what is gone', () => {
    const box = document.createElement('p');
    drawInto(box, ['un', html('bdi', { lang: 'fr' }, 'deux')]);
    drawInto(box, [html('b', {}, 'un')]);
    expect(box.innerHTML).toBe('<b>un</b>');
    drawInto(box, []);
    expect(box.childNodes).toHaveLength(0);
  });

  it('draws SVG elements in the SVG namespace', () => {
    const layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    drawInto(layer, [svg('path', { d: 'M0 0H10' })]);
    expect(layer.firstElementChild!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(layer.firstElementChild!.getAttribute('d')).toBe('M0 0H10');
  });
});
