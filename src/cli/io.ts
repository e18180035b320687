/** Where a command writes: standard output and error, and whether colours may be used. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
}
