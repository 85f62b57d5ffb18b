import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, visit } from 'graphql';

/**
 * The national schema is public: its descriptions point readers to the source documents
 * themselves (their titles, `sourceNotes`), never to the internal numbering of the seed
 * documents this repository was built from ("seed 004").
 */
const INTERNAL_DOCUMENT_NUMBER = /\bseed[\s_-]*0\d\d\b|\bseed[\s_-]*document[\s_-]*\d+\b/i;

function descriptions(sdl: string): Array<{ where: string; text: string }> {
  const found: Array<{ where: string; text: string }> = [];
  const names: string[] = [];
  visit(parse(sdl), {
    enter(node) {
      if ('name' in node && node.name && typeof node.name === 'object' && 'value' in node.name) names.push(node.name.value);
      else names.push('');
      if ('description' in node && node.description) found.push({ where: names.filter(Boolean).join('.'), text: node.description.value });
    },
    leave() {
      names.pop();
    },
  });
  return found;
}

describe('Public schema descriptions', () => {
  const sdl = readFileSync(path.resolve(__dirname, '../../supergraph.graphql'), 'utf8');

  it('describe the schema (the check reads real descriptions)', () => {
    expect(descriptions(sdl).length).toBeGreaterThan(100);
  });

  it('never cite internal document numbers', () => {
    const citing = descriptions(sdl).filter(({ text }) => INTERNAL_DOCUMENT_NUMBER.test(text));
    expect(citing).toEqual([]);
  });

  it('the check itself recognises such a citation', () => {
    expect(INTERNAL_DOCUMENT_NUMBER.test('as the plan says (seed 004)')).toBe(true);
    expect(INTERNAL_DOCUMENT_NUMBER.test('Handlingsplan 2020-2021, seksjon 4')).toBe(false);
  });
});
