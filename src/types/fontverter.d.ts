// fontverter (a font format converter: how HanaMin's woff2 files are decoded, fallback.ts) ships no types: the one call we make.
declare module 'fontverter' {
  const fontverter: {
    convert(buffer: Uint8Array, toFormat: 'sfnt' | 'woff' | 'woff2', fromFormat?: string): Promise<Buffer>;
  };
  export default fontverter;
}
