// Vite turns these imports into URLs of files copied into the build (nothing is fetched from elsewhere).
declare module '*.geojson?url' {
  const url: string;
  export default url;
}

declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs?url' {
  const url: string;
  export default url;
}
