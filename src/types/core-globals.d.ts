/**
 * The few platform globals src/core relies on, declared for src/core/tsconfig.json, which has neither DOM nor
 * Node types (so the core cannot reach for `document`, `window` or `fs` by accident). Browsers, workers and
 * Node all provide these WHATWG APIs. The main tsconfig excludes this file (DOM declares them there).
 */
interface TextDecodeOptions {
  stream?: boolean;
}

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  readonly fatal: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}

declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}
