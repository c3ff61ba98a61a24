import type { Attributes } from 'graphology-types';
import { NodeCircleProgram } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import { uninstanced, VertexRepeater } from './uninstanced.js';

/** sigma's disc node, drawn without instancing (see uninstanced.ts): three vertices written per node. */
export class DiscNodeProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends NodeCircleProgram<
  N,
  E,
  G
> {
  private repeater: VertexRepeater | undefined;

  override getDefinition() {
    // sigma reads the definition at run time and draws without instancing when it has no constants;
    // the declared type stays the base class's.
    return uninstanced(super.getDefinition()) as unknown as ReturnType<NodeCircleProgram<N, E, G>['getDefinition']>;
  }

  override processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    this.repeater ??= new VertexRepeater(super.getDefinition());
    this.repeater.write(this, startIndex, () => super.processVisibleItem(nodeIndex, 0, data));
  }
}
