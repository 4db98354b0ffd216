// A saved news page → its readable main text: headline, then one paragraph per block
// element, separated by blank lines (the layout the segmenter reads in plain-text pages).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlPublished, type MetaDocument } from '../dates/html-meta.js';

export interface ReadableHtml {
  title: string | undefined;
  /** Headline (when known) and paragraphs, separated by blank lines. */
  text: string;
  /** The publication date the page declares, ISO. */
  published: string | undefined;
}

/** Minimal view of the DOM nodes linkedom gives back (the project compiles without the DOM lib). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDocument {
  title: string;
  body: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT']);
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** HTML whitespace collapses to one space, except a line break between two CJK characters, which vanishes. */
function collapse(text: string): string {
  return text.replace(/\s+/g, (run, at: number, whole: string) => {
    if (!run.includes('\n')) return ' ';
    return CJK.test(whole[at - 1] ?? '') && CJK.test(whole[at + run.length] ?? '') ? '' : ' ';
  });
}

function blocksOf(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = collapse(current).trim();
    if (line) blocks.push(line);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT || SKIP.has(node.nodeName)) return;
    const block = BLOCK.has(node.nodeName);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

function clean(text: string | null | undefined): string {
  return collapse(text ?? '').trim();
}

/** The headline: an <h1> the page title carries, else Readability's title, else the page title. */
function headline(pageTitle: string, h1s: string[], readabilityTitle: string): string | undefined {
  const h1 = h1s.find((text) => text && (pageTitle.includes(text) || readabilityTitle.includes(text)));
  return h1 ?? (readabilityTitle || pageTitle || undefined);
}

export function readableHtml(html: string): ReadableHtml {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  // Readability rewrites the document it reads: take what it may remove first.
  const pageTitle = clean(document.title);
  const h1s = Array.from(document.querySelectorAll('h1'), (h1) => clean(h1.textContent));
  const published = htmlPublished(document as unknown as MetaDocument, document.body ? blocksOf(document.body) : []);
  const article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const title = headline(pageTitle, h1s, clean(article?.title));
  const root = article?.content ?? (parseHTML(html) as unknown as { document: DomDocument }).document.body;
  const blocks = root ? blocksOf(root) : [];
  if (title && blocks[0] === title) blocks.shift();
  return { title, text: [...(title ? [title] : []), ...blocks].join('\n\n'), published };
}
