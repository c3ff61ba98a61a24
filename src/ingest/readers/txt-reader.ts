import { decodeText } from './decode.js';
import { assertHasText, assertNotEmpty, type DocumentReader } from './reader.js';

/** Plain text: the decoded file as it is; its first short line is taken as a title. */
export const txtReader: DocumentReader = {
  format: 'txt',
  extensions: ['.txt', '.text'],
  sniff: () => true,
  async read(input) {
    assertNotEmpty(input);
    const text = assertHasText(decodeText(input), input, 'only whitespace');
    const first = text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '');
    return { format: 'txt', text, metadata: first && first.length <= 160 ? { title: first } : {} };
  },
};
