// Vite inlines `?raw` imports as strings at build time.
declare module '*.md?raw' {
  const text: string;
  export default text;
}
