// Types for the one fontkit call core/documents/fonts.ts makes: fontkit ships no types of its own.
declare module 'fontkit' {
  /** A parsed font; pdfkit embeds any object with a `layout` method as a font. */
  export interface Font {
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
