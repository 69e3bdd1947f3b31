import { parse } from 'parse5';

/** An element of a parsed page, reduced to what the gates look at. */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  /** Text directly inside the element (for inline scripts). */
  text: string;
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

/** Parses HTML with parse5 (the WHATWG algorithm browsers use) and lists every element. */
export function elementsOf(html: string): El[] {
  const out: El[] = [];
  const walk = (node: P5Node) => {
    if (node.tagName) {
      const text = (node.childNodes ?? [])
        .filter((c) => c.nodeName === '#text')
        .map((c) => c.value ?? '')
        .join('');
      out.push({
        tag: node.tagName,
        attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])),
        text,
      });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as P5Node);
  return out;
}
