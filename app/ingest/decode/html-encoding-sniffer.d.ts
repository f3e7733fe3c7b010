// Type of html-encoding-sniffer (the WHATWG encoding-sniffing algorithm; it ships without a declaration file).
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    /** Returned when neither a BOM nor a <meta> declares an encoding; null to learn that nothing was declared. */
    defaultEncoding?: string | null;
  }
  /** The encoding's WHATWG name (e.g. "UTF-8", "KOI8-R", "windows-1252"). */
  function sniffHtmlEncoding(bytes: Uint8Array, options?: SniffOptions): string | null;
  export default sniffHtmlEncoding;
}
