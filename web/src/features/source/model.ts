/** A text cut around a passage; offsets count Unicode code points, as the API's evidence does. */
export interface PassageSplit {
  before: string;
  passage: string;
  after: string;
  /** Code-point length of the whole text. */
  length: number;
}

/** Cuts `text` at code points `start`…`end`; undefined when the passage lies outside the text. */
export function splitPassage(text: string, start: number, end: number): PassageSplit | undefined {
  const points = Array.from(text);
  if (start < 0 || end <= start || end > points.length) return undefined;
  return {
    before: points.slice(0, start).join(''),
    passage: points.slice(start, end).join(''),
    after: points.slice(end).join(''),
    length: points.length,
  };
}

/** The code-point length of a text (not its UTF-16 `length`). */
export const codePointLength = (text: string): number => Array.from(text).length;
