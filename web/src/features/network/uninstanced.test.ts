import { beforeAll, describe, expect, it } from 'vitest';

// sigma's rendering module reads WebGL's constants and classes when it loads; Node has no WebGL, so
// the few it touches are given here (the helpers under test only count and copy numbers).
beforeAll(() => {
  const constants = { FLOAT: 5126, UNSIGNED_BYTE: 5121, TRIANGLES: 4, LINES: 1, POINTS: 0 };
  Object.assign(globalThis, { WebGLRenderingContext: Object.assign(class {}, constants), WebGL2RenderingContext: Object.assign(class {}, constants) });
});

const FLOAT = 5126;
const BYTE = 5121;

describe('drawing without instancing', () => {
  it('turns per-vertex constants into ordinary attributes, after the per-item ones', async () => {
    const { uninstanced } = await import('./uninstanced.js');
    const definition = {
      VERTICES: 3,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [1], [2]],
    };
    const plain = uninstanced(definition);
    expect(plain.ATTRIBUTES.map((a) => a.name)).toEqual(['a_position', 'a_color', 'a_angle']);
    expect('CONSTANT_ATTRIBUTES' in plain).toBe(false);
    expect('CONSTANT_DATA' in plain).toBe(false);
    expect(plain.VERTICES).toBe(3);
  });

  it('writes an item once per vertex, each copy followed by that vertex constants', async () => {
    const { VertexRepeater } = await import('./uninstanced.js');
    const repeater = new VertexRepeater({
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_corner', size: 2, type: FLOAT }],
      CONSTANT_DATA: [
        [0, 1],
        [1, 0],
      ],
    });
    // Two items of (2 + 1 + 2) floats per vertex, two vertices each; the second item starts at 10.
    const program = { array: new Float32Array(20).fill(-1) };
    repeater.write(program, 10, () => program.array.set([7, 8, 9], 0));
    expect([...program.array]).toEqual([-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 7, 8, 9, 0, 1, 7, 8, 9, 1, 0]);
  });

  it('gives the program its buffer back when writing an item fails', async () => {
    const { VertexRepeater } = await import('./uninstanced.js');
    const repeater = new VertexRepeater({ ATTRIBUTES: [{ name: 'a_x', size: 1, type: FLOAT }], CONSTANT_ATTRIBUTES: [], CONSTANT_DATA: [[]] });
    const buffer = new Float32Array(4);
    const program = { array: buffer };
    expect(() =>
      repeater.write(program, 0, () => {
        throw new Error('bad item');
      }),
    ).toThrow('bad item');
    expect(program.array).toBe(buffer);
  });
});
