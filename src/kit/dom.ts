/*
 * Drawing a few small parts outside React: those a key handler draws before the next frame (see
 * src/kit/live.ts, useDrawnInto). React draws their container, empty; drawInto fills it.
 */

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** What to draw: a text, or an element with its attributes (`class`, not `className`) and children. */
export type Drawing = string | { tag: string; svg: boolean; attributes: Record<string, string>; children: Drawing[] };

export const html = (tag: string, attributes: Record<string, string> = {}, ...children: Drawing[]): Drawing => ({ tag, svg: false, attributes, children });
export const svg = (tag: string, attributes: Record<string, string> = {}, ...children: Drawing[]): Drawing => ({ tag, svg: true, attributes, children });

function create(drawing: Drawing): Node {
  if (typeof drawing === 'string') return document.createTextNode(drawing);
  const element = drawing.svg ? document.createElementNS(SVG_NAMESPACE, drawing.tag) : document.createElement(drawing.tag);
  for (const name in drawing.attributes) element.setAttribute(name, drawing.attributes[name]);
  drawing.children.forEach((child) => element.appendChild(create(child)));
  return element;
}

/** Makes `node` show `drawing`, changing only what differs; false if it is not the same kind of node. */
function update(node: Node, drawing: Drawing): boolean {
  if (typeof drawing === 'string') {
    if (node.nodeType !== Node.TEXT_NODE) return false;
    if (node.nodeValue !== drawing) node.nodeValue = drawing;
    return true;
  }
  if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).localName !== drawing.tag) return false;
  const element = node as Element;
  const { attributes } = drawing;
  for (const name of element.getAttributeNames()) if (!(name in attributes)) element.removeAttribute(name);
  for (const name in attributes) if (element.getAttribute(name) !== attributes[name]) element.setAttribute(name, attributes[name]);
  drawInto(element, drawing.children);
  return true;
}

/**
 * Makes `container` show `drawings`, as React would: the nodes already there are kept and only
 * what differs is changed (a text, an attribute). The browser then restyles a few nodes, not a new
 * subtree, and a live region is not announced again when its text stays the same.
 */
export function drawInto(container: Node, drawings: readonly Drawing[]) {
  drawings.forEach((drawing, index) => {
    const node = container.childNodes[index];
    if (!node) container.appendChild(create(drawing));
    else if (!update(node, drawing)) container.replaceChild(create(drawing), node);
  });
  while (container.childNodes.length > drawings.length) container.lastChild!.remove();
}
