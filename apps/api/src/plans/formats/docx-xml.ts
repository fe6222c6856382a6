import { DOMParser, Element, Node, onErrorStopParsing } from '@xmldom/xmldom';

/** WordprocessingML, in its transitional (what Word writes) and strict namespaces. */
const W_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** Containers that only wrap content (content controls, custom XML): looked through as if absent. */
const WRAPPERS: ReadonlySet<string> = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag']);

/** Throws on any XML error, so a damaged part is reported instead of read in part. */
export function parseXml(xml: string): Element {
  const root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(
    xml,
    'text/xml',
  ).documentElement;
  if (root === null) throw new Error('No root element');
  return root;
}

function isElement(node: Node): node is Element {
  return node.nodeType === node.ELEMENT_NODE;
}

export function isW(node: Node, localName: string): node is Element {
  return isElement(node) && node.localName === localName && W_NAMESPACES.has(node.namespaceURI ?? '');
}

export function elementChildren(el: Element): Element[] {
  const children: Element[] = [];
  for (let i = 0; i < el.childNodes.length; i += 1) {
    const node = el.childNodes.item(i);
    if (node !== null && isElement(node)) children.push(node);
  }
  return children;
}

/** Child elements, looking through wrappers: the paragraphs and tables of a body, rows of a table … */
export function contentChildren(el: Element): Element[] {
  return elementChildren(el).flatMap((child) =>
    W_NAMESPACES.has(child.namespaceURI ?? '') && WRAPPERS.has(child.localName ?? '')
      ? contentChildren(child)
      : [child],
  );
}

export function wChild(el: Element | null, localName: string): Element | null {
  return el === null ? null : (elementChildren(el).find((c) => isW(c, localName)) ?? null);
}

/** A w:-attribute ("w:val"), whatever prefix the producer bound the namespace to. */
export function wAttr(el: Element | null, localName: string): string | null {
  if (el === null) return null;
  for (const ns of W_NAMESPACES) {
    const value = el.getAttributeNS(ns, localName);
    if (value !== null && value !== '') return value;
  }
  return null;
}

/** `w:val` of a child property element as a number: `<w:gridSpan w:val="3"/>` → 3. */
export function wNumber(el: Element | null, localName: string): number | null {
  const value = wAttr(wChild(el, localName), 'val');
  const number = value === null ? NaN : Number(value);
  return Number.isInteger(number) ? number : null;
}
