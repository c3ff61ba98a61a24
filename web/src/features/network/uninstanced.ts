import { getAttributesItemsCount, type ProgramAttributeSpecification } from 'sigma/rendering';

// sigma draws each node and edge as an instance of a few constant vertices (instanced drawing).
// Software WebGL (SwiftShader: what Chromium falls back to without a GPU, and what CI runs) pays
// about ten microseconds per instance whatever its size, so 5,000 nodes and 20,000 edges took a
// quarter of a second per frame; the same triangles written out vertex by vertex take about one
// millisecond. A program built on these helpers repeats each item's attributes for every vertex
// and appends that vertex's constants: the same shaders, the same look, no instancing.

// sigma's own definitions declare `normalized?: undefined`, which its attribute type rejects under
// exactOptionalPropertyTypes: the helpers read definitions structurally.
interface Definition {
  ATTRIBUTES: readonly object[];
  CONSTANT_ATTRIBUTES?: readonly object[];
  CONSTANT_DATA?: number[][];
}

const itemsCount = (attributes: readonly object[]) => getAttributesItemsCount(attributes as ProgramAttributeSpecification[]);

/** The definition with its per-vertex constants turned into ordinary attributes (sigma then draws it without instancing). */
export function uninstanced<D extends Definition>(definition: D): Omit<D, 'CONSTANT_ATTRIBUTES' | 'CONSTANT_DATA'> {
  const plain: Definition & Omit<D, 'CONSTANT_ATTRIBUTES' | 'CONSTANT_DATA'> = { ...definition };
  const constants = plain.CONSTANT_ATTRIBUTES ?? [];
  delete plain.CONSTANT_ATTRIBUTES;
  delete plain.CONSTANT_DATA;
  return { ...plain, ATTRIBUTES: [...plain.ATTRIBUTES, ...constants] };
}

/** Writes one item: the instanced program fills a scratch row, copied to every vertex with its constants. */
export class VertexRepeater {
  private readonly scratch: Float32Array;
  private readonly itemWidth: number;
  private readonly vertexWidth: number;
  private readonly constants: number[][];

  constructor(instanced: Definition) {
    this.itemWidth = itemsCount(instanced.ATTRIBUTES);
    this.vertexWidth = this.itemWidth + itemsCount(instanced.CONSTANT_ATTRIBUTES ?? []);
    this.constants = instanced.CONSTANT_DATA ?? [[]];
    this.scratch = new Float32Array(this.itemWidth);
  }

  /** `fill` writes the item at index 0 of `program.array`, which points at the scratch row meanwhile. */
  write(program: { array: Float32Array }, startIndex: number, fill: () => void): void {
    const target = program.array;
    program.array = this.scratch;
    try {
      fill();
    } finally {
      program.array = target;
    }
    for (let v = 0; v < this.constants.length; v++) {
      const at = startIndex + v * this.vertexWidth;
      target.set(this.scratch, at);
      target.set(this.constants[v] ?? [], at + this.itemWidth);
    }
  }
}
