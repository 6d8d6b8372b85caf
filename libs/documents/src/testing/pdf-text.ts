import { spawn } from 'node:child_process';
import * as path from 'node:path';

export interface PdfContent {
  /** All pages' text, as pdf-parse reads it. */
  readonly text: string;
  /** Each page's text, first page first. */
  readonly pages: readonly string[];
  /** The document information dictionary: Title, Author, CreationDate ("D:20180315000000Z"). */
  readonly info: Readonly<Record<string, unknown>>;
}

// pdf-parse runs pdf.js, whose "fake worker" is loaded with a dynamic import() that jest's VM
// refuses without --experimental-vm-modules. So the PDF is read by a plain Node process, with
// the same pdf-parse v2 API: new PDFParse({ data }).getText(), then destroy().
const READER = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const { text, pages } = await parser.getText();
    const { info } = await parser.getInfo();
    process.stdout.write(JSON.stringify({ text, pages: pages.map((p) => p.text), info }));
  } finally {
    await parser.destroy();
  }
});
`;

/** Reads a PDF back with pdf-parse: its text, page by page, and its metadata. */
export function readPdf(pdf: Buffer): Promise<PdfContent> {
  const pdfParse = require.resolve('pdf-parse', {
    paths: [path.resolve(__dirname, '../../../..')],
  });
  return new Promise<PdfContent>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', READER, pdfParse], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`pdf-parse failed (${code}): ${Buffer.concat(err).toString('utf8')}`));
        return;
      }
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as PdfContent);
    });
    child.stdin.end(pdf);
  });
}

/** The PDF's text, as the brief's documentText. */
export async function documentText(pdf: Buffer): Promise<string> {
  return (await readPdf(pdf)).text;
}

/** The visible text of an HTML page: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<br>/g, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ENTITIES[e]);
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  amp: '&',
};

/** Whitespace collapsed, so a search does not care where a line wrapped. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface Readback {
  readonly html: string;
  /** The HTML's visible text, whitespace collapsed. */
  readonly htmlText: string;
  readonly pdf: Buffer;
  /** The PDF's text, whitespace collapsed. */
  readonly pdfText: string;
  /** Each page's text, whitespace collapsed. */
  readonly pdfPages: readonly string[];
  readonly info: Readonly<Record<string, unknown>>;
}

/** Renders a model both ways and reads each back as a reader would see it. */
export async function readBack(rendered: { html: string; pdf: Buffer }): Promise<Readback> {
  const content = await readPdf(rendered.pdf);
  return {
    html: rendered.html,
    htmlText: flat(htmlText(rendered.html)),
    pdf: rendered.pdf,
    pdfText: flat(content.text),
    pdfPages: content.pages.map(flat),
    info: content.info,
  };
}
