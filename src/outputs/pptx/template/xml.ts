// The namespaces of a template's parts and the one walk its readers share: elements by namespace and name.
export const PML_NS = 'http://schemas.openxmlformats.org/presentationml/2006/main';
export const DML_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export function elements(node: Document | Element, namespace: string, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(namespace, name));
}
