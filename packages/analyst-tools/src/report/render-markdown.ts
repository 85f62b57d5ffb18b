import type { Block, ReportDocument } from './document';

/** Backslash-escapes what Markdown would read as markup, so names and quotes print as written. */
function escapeInline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** A paragraph or list item must not start like a list, a heading or a quote. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+>=])/, '\\$1');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return escapeLineStart(escapeInline(block.text));
    case 'field':
      return `**${escapeInline(block.label)}:** ${escapeInline(block.value)}`;
    case 'list':
      return block.items.map((item) => `- ${escapeLineStart(escapeInline(item))}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map((cell) => escapeInline(cell) || ' ').join(' | ')} |`;
      return [row(block.headers), `|${block.headers.map(() => ' --- |').join('')}`, ...block.rows.map(row)].join('\n');
    }
  }
}

/** The report as GitHub-flavoured Markdown (tables as pipe tables). */
export function renderMarkdown(document: ReportDocument): string {
  const parts = [`# ${escapeInline(document.title)}`, document.subtitle.map(escapeInline).join('  \n')];
  for (const section of document.sections) {
    parts.push(`${'#'.repeat(section.level)} ${escapeInline(section.heading)}`);
    parts.push(...section.blocks.map(renderBlock));
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
