/** `--name value` options of the bench's smaller commands (bench:profile, bench:subgraphs): the value after `--name`, if given. */
export function optionsOf(args: string[]): (name: string) => string | undefined {
  return (name) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
}
