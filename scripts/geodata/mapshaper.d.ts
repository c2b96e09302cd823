// mapshaper ships no types. Only the Node API entry used by this pipeline is declared.
declare module 'mapshaper' {
  /** Input files by name (content as text or parsed object); resolves to output files by name. */
  export function applyCommands(
    commands: string,
    input?: Record<string, string | object>,
  ): Promise<Record<string, string>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
