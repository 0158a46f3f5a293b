/** A JSON file imported as its text (Vite's `?raw`), to be parsed only when needed. */
declare module '*.json?raw' {
  const text: string
  export default text
}
