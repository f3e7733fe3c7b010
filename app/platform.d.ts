// Web-standard globals available in every place app/ runs (Web Worker, Electron main, Node CLI, vitest).
// Declared by hand so that app/ can compile without the DOM or Node type libraries.

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare const crypto: {
  readonly subtle: {
    digest(algorithm: 'SHA-256' | 'SHA-1', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
  };
  randomUUID(): string;
};
