// Builds DOM elements from data. Text always goes in as text nodes (never innerHTML), so names and
// sentences from articles cannot inject markup.
type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  className?: string;
  testid?: string;
  attrs?: Record<string, string>;
  on?: { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options?.className) node.className = options.className;
  if (options?.testid) node.dataset.testid = options.testid;
  for (const [name, value] of Object.entries(options?.attrs ?? {})) node.setAttribute(name, value);
  for (const [type, handler] of Object.entries(options?.on ?? {})) node.addEventListener(type, handler as EventListener);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A link to an article's URL, only for http(s) URLs (never javascript: or data:). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** "PERSON" → "person", "LEGAL_ACTION" → "legal action". */
export function humanise(value: string): string {
  return value.toLowerCase().replaceAll("_", " ");
}
