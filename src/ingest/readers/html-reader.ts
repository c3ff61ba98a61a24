import { Parser } from 'htmlparser2';
import { decodeText, effectiveMetaCharset, startsWithAscii } from './decode.js';
import { overLimit, TextBudget, type ReadLimits } from './limits.js';
import { assertHasText, assertNotEmpty, compactMetadata, type DocumentMetadata, type DocumentReader } from './reader.js';

/** Elements whose content is never prose. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'head', 'select', 'button']);
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'address',
  'form',
  'fieldset',
  'details',
  'summary',
]);
const DATE_META = ['article:published_time', 'date', 'dc.date', 'dcterms.date', 'citation_publication_date', 'citation_date', 'publication_date', 'pubdate'];

/** The charset an HTML file declares in its first kilobytes, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * HTML to text: scripts, styles and other non-prose elements dropped; block elements become paragraphs.
 * Past `limits.maxDepth` open elements or `limits.maxChars` characters of text it stops and refuses the
 * file: htmlparser2 shifts its stack of open elements at the front for every tag, so its time grows
 * with depth times elements (500,000 nested elements took 390 s), and bounding the depth keeps a
 * page's reading linear in its size.
 */
export function htmlToText(html: string, limits: ReadLimits = {}, file = 'the page'): { text: string; metadata: DocumentMetadata } {
  const parts: string[] = [];
  const budget = new TextBudget(file, limits.maxChars);
  const maxDepth = limits.maxDepth ?? Number.POSITIVE_INFINITY;
  let depth = 0;
  const meta: Record<string, string> = {};
  let title = '';
  let lang: string | undefined;
  let skipDepth = 0;
  let inTitle = false;
  let preDepth = 0;
  const breakBlock = () => parts.push('\n\n');
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // Void elements are closed at once (onclosetag follows), so this counts what the parser holds open.
        if (++depth > maxDepth) throw overLimit(file, 'maxDepth', maxDepth, `elements nested more than ${maxDepth} deep`);
        if (name === 'html' && attrs['lang']) lang = attrs['lang'];
        if (name === 'meta') {
          const key = (attrs['name'] ?? attrs['property'] ?? '').toLowerCase();
          if (key && attrs['content']) meta[key] ??= attrs['content'];
        }
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipDepth++;
        if (name === 'pre') preDepth++;
        if (name === 'br') parts.push('\n');
        else if (BLOCKS.has(name)) breakBlock();
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth > 0) return;
        budget.add(data);
        parts.push(preDepth > 0 ? data : data.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        depth--;
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCKS.has(name)) breakBlock();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const date = DATE_META.map((k) => meta[k]).find(Boolean);
  const author = meta['author'] ?? meta['citation_author'] ?? meta['dc.creator'];
  const metadata = compactMetadata({
    title: meta['og:title'] ?? meta['citation_title'] ?? title.replace(/\s+/g, ' '),
    authors: author ? [author] : undefined,
    date,
    language: lang?.toLowerCase(),
    url: meta['og:url'],
  });
  return { text: text ? text + '\n' : '', metadata };
}

/** HTML pages: the charset they declare, text without scripts and styles, title and date from meta tags. */
export const htmlReader: DocumentReader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: (bytes) => startsWithAscii(bytes, ['<!doctype html', '<html', '<?xml']),
  async read(input) {
    assertNotEmpty(input);
    const charset = effectiveMetaCharset(declaredCharset(input.bytes), input.name);
    const { text, metadata } = htmlToText(decodeText(input, charset.label), input.limits, input.name);
    return {
      format: 'html',
      text: assertHasText(text, input, 'the page has markup but no prose'),
      metadata,
      ...(charset.warning ? { warnings: [charset.warning] } : {}),
    };
  },
};
