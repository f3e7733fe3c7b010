// Turns a DOCX main part (word/document.xml, WordprocessingML) into paragraphs of plain text: the text runs
// (t) of each paragraph (p) joined, tabs as tab characters, breaks (br, cr) as line breaks, non-breaking
// hyphens (noBreakHyphen) as "-". Deleted revisions (delText), field codes (instrText) and empty paragraphs
// are left out. Elements are matched by namespace URI, whatever prefix the document binds it to (an
// undeclared "w:" / "mc:" is read as the usual binding). Of an mc:AlternateContent only the first mc:Choice is
// read (or the mc:Fallback when there is no Choice), so a text box Word writes twice is read once.

import { scanXml } from './xml-scan';

const WORDPROCESSING_ML = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const USUAL_BINDINGS: ReadonlyMap<string, string> = new Map([
  ['w', 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'],
  ['mc', MARKUP_COMPATIBILITY],
]);
const NAMESPACE_DECLARATION = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

type Scope = ReadonlyMap<string, string>;

function declaredScope(attributes: string, parent: Scope): Scope {
  if (!attributes.includes('xmlns')) return parent;
  const scope = new Map(parent);
  for (const match of attributes.matchAll(NAMESPACE_DECLARATION)) scope.set(match[1] ?? '', match[2] ?? match[3] ?? '');
  return scope;
}

/** "w:t" → "w|t" when the prefix is bound to WordprocessingML, "mc|Choice" for markup compatibility, else "". */
function resolve(qualifiedName: string, scope: Scope): string {
  const colon = qualifiedName.indexOf(':');
  const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon);
  const local = qualifiedName.slice(colon + 1);
  const uri = scope.get(prefix) ?? USUAL_BINDINGS.get(prefix) ?? '';
  if (WORDPROCESSING_ML.has(uri)) return `w|${local}`;
  return uri === MARKUP_COMPATIBILITY ? `mc|${local}` : '';
}

/** Paragraphs in document order (table cells included, one paragraph each; a text box's paragraphs before
 * the paragraph that anchors it). */
export function docxParagraphs(documentXml: string): string[] {
  const paragraphs: string[] = [];
  const open: string[] = []; // paragraphs being read; more than one inside text boxes
  const scopes: { name: string; scope: Scope }[] = [];
  const alternates: { branchRead: boolean }[] = []; // open mc:AlternateContent elements
  let scope: Scope = new Map();
  let skipDepth = 0; // > 0 inside an alternative that is not read
  let inText = false;
  const append = (text: string): void => {
    if (open.length > 0) open[open.length - 1] += text;
  };
  for (const token of scanXml(documentXml)) {
    if (token.kind === 'open') {
      const elementScope = declaredScope(token.attributes, scope);
      const name = resolve(token.name, elementScope);
      if (!token.selfClosing) {
        scopes.push({ name: token.name, scope });
        scope = elementScope;
      }
      if (skipDepth > 0) {
        if (!token.selfClosing) skipDepth++;
        continue;
      }
      if (name === 'mc|AlternateContent' && !token.selfClosing) alternates.push({ branchRead: false });
      else if ((name === 'mc|Choice' || name === 'mc|Fallback') && alternates.length > 0) {
        const alternate = alternates[alternates.length - 1]!;
        if (alternate.branchRead) skipDepth = token.selfClosing ? 0 : 1;
        alternate.branchRead = true;
      } else if (name === 'w|p' && !token.selfClosing) open.push('');
      else if (name === 'w|t') inText = !token.selfClosing;
      else if (name === 'w|tab') append('\t');
      else if (name === 'w|br' || name === 'w|cr') append('\n');
      else if (name === 'w|noBreakHyphen') append('-');
    } else if (token.kind === 'close') {
      const opened = scopes.pop();
      const closedScope = scope;
      if (opened) scope = opened.scope;
      if (skipDepth > 0) {
        skipDepth--;
        continue;
      }
      const name = resolve(token.name, closedScope);
      if (name === 'w|t') inText = false;
      else if (name === 'w|p' && open.length > 0) paragraphs.push(open.pop()!);
      else if (name === 'mc|AlternateContent') alternates.pop();
    } else if (inText && skipDepth === 0) append(token.text);
  }
  paragraphs.push(...open.reverse());
  return paragraphs.map((p) => p.split('\n').map(trimEndSpaces).join('\n').trim()).filter((p) => p !== '');
}

/** Drops trailing spaces and no-break spaces (a loop: a regex would rescan long space runs). */
function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\u00a0')) end--;
  return line.slice(0, end);
}
