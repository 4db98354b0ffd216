// Building DOM from data without ever parsing data as HTML: text goes in through textContent.

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  title?: string;
  testId?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  if (options.title !== undefined) element.title = options.title;
  if (options.testId) element.dataset.testid = options.testId;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  for (const [type, listener] of Object.entries(options.on ?? {})) element.addEventListener(type, listener as EventListener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Text with some ranges wrapped in <mark>; ranges are sorted and non-overlapping. */
export function highlighted(
  text: string,
  ranges: { start: number; end: number; className?: string; color?: string; onClick?: () => void; title?: string }[],
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    if (range.start > at) fragment.append(document.createTextNode(text.slice(at, range.start)));
    const mark = el('mark', { className: range.className ?? '', text: text.slice(range.start, range.end) });
    if (range.title !== undefined) mark.title = range.title;
    if (range.color) {
      mark.style.borderBottomColor = range.color;
      mark.style.backgroundColor = `${range.color}22`;
    }
    if (range.onClick) {
      mark.tabIndex = 0;
      mark.classList.add('clickable');
      const onClick = range.onClick;
      mark.addEventListener('click', onClick);
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') onClick();
      });
    }
    fragment.append(mark);
    at = range.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: filename } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Replaces an element's children, skipping the absent ones. */
export function setChildren(parent: HTMLElement, children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}
