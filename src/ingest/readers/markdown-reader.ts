import { decodeText } from './decode.js';
import { assertHasText, assertNotEmpty, compactMetadata, type DocumentReader } from './reader.js';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** Reads the few front-matter keys Faultline uses (title, date, author or authors, lang, url). */
function frontMatter(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) out[m[1].toLowerCase()] = m[2].replace(/^["']|["']$/g, '').trim();
  }
  return out;
}

/** Markdown to plain text: markup goes, words stay, one paragraph per block. */
export function markdownToText(source: string): string {
  return source
    .replace(/^```[^\n]*\n([\s\S]*?)^```\s*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^\[[^\]]+\]:\s*\S+.*$/gm, '')
    .replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '$1')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/^ {0,3}([-*+]|\d+[.)])\s+/gm, '')
    .replace(/^ {0,3}([-*_]\s*){3,}$/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n');
}

/** Markdown: front matter becomes metadata, the first heading the title. */
export const markdownReader: DocumentReader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  sniff: () => false,
  async read(input) {
    assertNotEmpty(input);
    let source = decodeText(input).replace(/\r\n?/g, '\n');
    let meta: Record<string, string> = {};
    const fm = FRONT_MATTER.exec(source);
    if (fm?.[1] !== undefined) {
      meta = frontMatter(fm[1]);
      source = source.slice(fm[0].length);
    }
    const heading = /^ {0,3}#\s+(.+?)\s*#*\s*$/m.exec(source)?.[1];
    const text = assertHasText(markdownToText(source), input, 'only markup');
    const authors = meta['authors'] ?? meta['author'];
    return {
      format: 'markdown',
      text,
      metadata: compactMetadata({
        title: meta['title'] ?? heading,
        date: meta['date'],
        authors: authors ? authors.split(/\s*[,;]\s*/) : undefined,
        language: meta['lang'] ?? meta['language'],
        url: meta['url'],
      }),
    };
  },
};
