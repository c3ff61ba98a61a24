import { Resvg } from '@resvg/resvg-js';

/** Rasterises an SVG with resvg (prebuilt in its npm package), using the system's fonts. */
export function svgToPng(svg: string, scale = 1.5): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
