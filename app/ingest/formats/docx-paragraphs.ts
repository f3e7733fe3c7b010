// Turns a DOCX main part (word/document.xml, WordprocessingML) into paragraphs of plain text: the text runs
// (w:t) of each paragraph (w:p) joined, tabs (w:tab) as tab characters, breaks (w:br, w:cr) as line breaks.
// Deleted revisions (w:delText), field codes (w:instrText) and empty paragraphs are left out.

import { scanXml } from './xml-scan';

/** Paragraphs in document order (table cells included, one paragraph each; a text box's paragraphs before
 * the paragraph that anchors it). */
export function docxParagraphs(documentXml: string): string[] {
  const paragraphs: string[] = [];
  const open: string[] = []; // paragraphs being read; more than one inside text boxes
  let inText = false;
  const append = (text: string): void => {
    if (open.length > 0) open[open.length - 1] += text;
  };
  for (const token of scanXml(documentXml)) {
    if (token.kind === 'open') {
      if (token.name === 'w:p' && !token.selfClosing) open.push('');
      else if (token.name === 'w:t') inText = !token.selfClosing;
      else if (token.name === 'w:tab') append('\t');
      else if (token.name === 'w:br' || token.name === 'w:cr') append('\n');
    } else if (token.kind === 'close') {
      if (token.name === 'w:t') inText = false;
      else if (token.name === 'w:p' && open.length > 0) paragraphs.push(open.pop()!);
    } else if (inText) append(token.text);
  }
  paragraphs.push(...open.reverse());
  return paragraphs.map((p) => p.replace(/[ \u00a0]+\n/g, '\n').trim()).filter((p) => p !== '');
}
