/*
 * A report as structure, apart from any format: the builder decides what is said, the Markdown and
 * HTML renderers only how it looks. Text is plain (never markup); renderers escape it.
 */

export type Block =
  | { kind: 'paragraph'; text: string }
  /** "Label: value" on a line of its own; the value may be "Ikke rapportert". */
  | { kind: 'field'; label: string; value: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; headers: string[]; rows: string[][] };

export interface Section {
  /** 2 for the template's headings, 3 and 4 for groups and local units inside them. */
  level: 2 | 3 | 4;
  heading: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  /** Lines under the title: year, region, health trust, where the data came from. */
  subtitle: string[];
  sections: Section[];
}
