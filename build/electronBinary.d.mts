export interface FindElectronBinaryOptions {
  /** The project folder holding node_modules; defaults to the current directory. */
  root?: string;
  env?: Readonly<Record<string, string | undefined>>;
  platform?: string;
}

export function electronExecutableName(platform?: string): string;
export function findElectronBinary(options?: FindElectronBinaryOptions): string | null;
