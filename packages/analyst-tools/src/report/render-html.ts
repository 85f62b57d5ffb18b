import { NOT_REPORTED } from '../format';
import type { Block, ReportDocument } from './document';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** Escaped text; "Ikke rapportert" marked so that a reader sees at once what is missing. */
function text(value: string): string {
  return value === NOT_REPORTED ? `<span class="not-reported">${NOT_REPORTED}</span>` : escapeHtml(value);
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${text(block.text)}</p>`;
    case 'field':
      return `<p class="field"><strong>${escapeHtml(block.label)}:</strong> ${text(block.value)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `  <li>${text(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = block.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
      const body = block.rows.map((row) => `    <tr>${row.map((cell) => `<td>${text(cell)}</td>`).join('')}</tr>`).join('\n');
      return `<table>\n  <thead><tr>${head}</tr></thead>\n  <tbody>\n${body}\n  </tbody>\n</table>`;
    }
  }
}

// Plain, printable: A4 margins, no colours that need ink, headings kept with what follows.
const STYLE = `
  :root { color-scheme: light; }
  body { font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #111; margin: 0; }
  main { max-width: 50rem; margin: 2rem auto; padding: 0 1.5rem; }
  h1 { font-size: 1.7rem; margin-bottom: 0.3rem; }
  h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #888; padding-bottom: 0.15rem; }
  h3 { font-size: 1.1rem; margin-top: 1.5rem; }
  h4 { font-size: 1rem; margin-top: 1.2rem; }
  .subtitle { color: #333; margin-top: 0; }
  table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.95em; }
  th, td { border: 1px solid #999; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
  th { background: #eee; }
  .not-reported { color: #555; font-style: italic; }
  p.field { margin: 0.35rem 0; }
  @media print {
    @page { size: A4; margin: 18mm 16mm; }
    body { font-size: 10pt; }
    main { max-width: none; margin: 0; padding: 0; }
    h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
    table, tr, ul { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    th { background: none; }
  }
`;

/** The report as one self-contained, printable HTML page (lang="nb", UTF-8, every value escaped). */
export function renderHtml(document: ReportDocument): string {
  const body: string[] = [`<h1>${escapeHtml(document.title)}</h1>`];
  if (document.subtitle.length) body.push(`<p class="subtitle">${document.subtitle.map(escapeHtml).join('<br>\n')}</p>`);
  for (const section of document.sections) {
    body.push(`<h${section.level}>${escapeHtml(section.heading)}</h${section.level}>`);
    body.push(...section.blocks.map(renderBlock));
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="nb">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
