// fontverter (the font format converter subset-font uses) ships no types: the one call the tests make.
declare module 'fontverter' {
  const fontverter: {
    convert(buffer: Uint8Array, toFormat: 'sfnt' | 'woff' | 'woff2', fromFormat?: string): Promise<Buffer>;
  };
  export default fontverter;
}
