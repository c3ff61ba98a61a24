// Minimal types for the parts of edtf.js that Faultline uses.
declare module 'edtf' {
  interface ExtDate {
    min: number;
    max: number;
    precision?: number;
    approximate?: { value: number } | boolean;
    uncertain?: { value: number } | boolean;
    lower?: ExtDate | number | null;
    upper?: ExtDate | number | null;
  }
  interface ParseNode {
    type: string;
    level: number;
    values: Array<number | ParseNode | null>;
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: unknown;
  }
  function edtf(text: string, options?: { level?: number }): ExtDate;
  export function parse(text: string, options?: { level?: number; types?: string[] }): ParseNode;
  export default edtf;
}
