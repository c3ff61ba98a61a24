/** One method as `docs/queries.md` states it: the section it sits in and its own text. */
export interface MethodSection {
  id: string;
  heading: string;
  text: string;
}

const ANCHOR = /<a id="([a-z0-9-]+)"><\/a>/g;

/**
 * The methods a document marks with `<a id="…"></a>` anchors (they work on GitHub as in the app): from
 * each anchor to the end of its list item or paragraph, with the heading above it.
 */
export function methodSections(markdown: string): MethodSection[] {
  const lines = markdown.split('\n');
  const out: MethodSection[] = [];
  let heading = '';
  for (const [i, line] of lines.entries()) {
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '');
    for (const match of line.matchAll(ANCHOR)) {
      const id = match[1] ?? '';
      const from = line.slice((match.index ?? 0) + match[0].length);
      const rest: string[] = [];
      for (const next of lines.slice(i + 1)) {
        if (next.trim() === '' || /^(- |#|\S)/.test(next)) break;
        rest.push(next.trim());
      }
      out.push({ id, heading, text: [from.trim(), ...rest].join(' ').replace(ANCHOR, '').replace(/\s+/g, ' ').trim() });
    }
  }
  return out;
}

/** A piece of inline text: plain, `code`, **strong** or *emphasis*. */
export interface Inline {
  kind: 'text' | 'code' | 'strong' | 'em';
  text: string;
}

/** Splits the inline markdown the methods use into pieces a view renders as elements (never as HTML). */
export function inlinePieces(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const index = m.index ?? 0;
    if (index > at) out.push({ kind: 'text', text: text.slice(at, index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'strong', text: m[2] });
    else out.push({ kind: 'em', text: m[3] ?? '' });
    at = index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
