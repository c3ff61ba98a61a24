import type { Attributes } from 'graphology-types';
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { uninstanced, VertexRepeater } from './uninstanced.js';

// sigma's straight edge with one more attribute, `a_dash`: when it is 1 the fragment shader leaves
// gaps along the edge (measured in screen pixels), so possible ties are dashed, when it is 2 dotted
// (presumed ties, D8), and definite ones solid, in one program. One program for all lets the canvas
// update only the ties that changed.
const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_dash;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_dash;

const float bias = 255.0 / 254.0;

void main() {
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness, 1)).xy, 0, 1);

  vec2 start = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 end = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length((end - start) * u_resolution * 0.5);
  v_dash = a_dash;

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_dash;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const float dash = 6.0;
const float gap = 4.0;
const float dot = 2.0;

void main(void) {
  if (v_dash > 1.5 && mod(v_along, dot + gap) > dot) discard;
  if (v_dash > 0.5 && v_dash < 1.5 && mod(v_along, dash + gap) > dash) discard;
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const suspended = new WeakSet<object>();

/**
 * Stops (or resumes) drawing ties on a sigma canvas without touching their buffers: while the time
 * slider moves over thousands of ties, the canvas redraws actors only and rebuilds ties once it rests.
 */
export function suspendTies(renderer: object, on: boolean): void {
  if (on) suspended.add(renderer);
  else suspended.delete(renderer);
}

/** What an edge carries for this program besides sigma's display data: 1 to draw it dashed, 2 dotted. */
export interface TieEdgeDisplay {
  dashed?: number;
}

/** Draws an edge as a line of its colour and size, dashed when its display data says `dashed: 1`, dotted for 2; six vertices written per edge (see uninstanced.ts). */
export class TieEdgeProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeRectangleProgram<N, E, G> {
  private repeater: VertexRepeater | undefined;

  override getDefinition() {
    // sigma reads the definition at run time and draws without instancing when it has no constants;
    // the declared type stays the base class's.
    return uninstanced(this.instancedDefinition()) as unknown as ReturnType<EdgeRectangleProgram<N, E, G>['getDefinition']>;
  }

  private instancedDefinition() {
    const definition = super.getDefinition();
    // The base class types its uniform list as a fixed tuple; one more name is what the shader needs.
    const uniforms = [...definition.UNIFORMS, 'u_resolution'] as unknown as typeof definition.UNIFORMS;
    const attributes = [...definition.ATTRIBUTES, { name: 'a_dash', size: 1, type: WebGLRenderingContext.FLOAT }] as typeof definition.ATTRIBUTES;
    return { ...definition, VERTEX_SHADER_SOURCE: VERTEX, FRAGMENT_SHADER_SOURCE: FRAGMENT, UNIFORMS: uniforms, ATTRIBUTES: attributes };
  }

  override processVisibleItem(edgeIndex: number, startIndex: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    this.repeater ??= new VertexRepeater(this.instancedDefinition());
    this.repeater.write(this, startIndex, () => this.writeEdge(edgeIndex, sourceData, targetData, data));
  }

  private writeEdge(edgeIndex: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    const thickness = data.size || 1;
    const [x1, y1, x2, y2] = [sourceData.x, sourceData.y, targetData.x, targetData.y];
    const dx = x2 - x1;
    const dy = y2 - y1;
    const length = dx * dx + dy * dy;
    const inverse = length ? 1 / Math.sqrt(length) : 0;
    const dashed = (data as EdgeDisplayData & TieEdgeDisplay).dashed ?? 0;
    // The order of the attributes in getDefinition: start, end, normal, colour, id, dash.
    this.array.set([x1, y1, x2, y2, -dy * inverse * thickness, dx * inverse * thickness, floatColor(data.color), edgeIndex, dashed], 0);
  }

  override hasNothingToRender(): boolean {
    return suspended.has(this.renderer) || super.hasNothingToRender();
  }

  override setUniforms(params: RenderParams, programInfo: Parameters<EdgeRectangleProgram<N, E, G>['setUniforms']>[1]): void {
    super.setUniforms(params, programInfo);
    programInfo.gl.uniform2f(programInfo.uniformLocations['u_resolution'] as WebGLUniformLocation, params.width, params.height);
  }
}
