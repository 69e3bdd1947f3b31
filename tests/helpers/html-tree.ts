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

/** A piece of text of a page, with the elements it stands in (outermost first). */
export interface PlacedText {
  text: string;
  ancestors: { tag: string; attrs: Record<string, string> }[];
}

/** Every text node of a page, with its ancestors: what a reader reads, and where it stands. */
export function textsOf(html: string): PlacedText[] {
  const out: PlacedText[] = [];
  const walk = (node: P5Node, ancestors: PlacedText['ancestors']) => {
    if (node.nodeName === '#text') {
      out.push({ text: node.value ?? '', ancestors });
      return;
    }
    const here = node.tagName
      ? [
          ...ancestors,
          { tag: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])) },
        ]
      : ancestors;
    for (const child of node.childNodes ?? []) walk(child, here);
    if (node.content) walk(node.content, here);
  };
  walk(parse(html) as unknown as P5Node, []);
  return out;
}
