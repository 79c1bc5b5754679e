/** The project's manifest validator (scripts/validate-manifest.js), typed for the tests. */
import path from 'node:path';

export interface ValidateOptions {
  readonly production?: boolean;
  readonly pages?: boolean;
}

export type ValidateManifest = (file: string, options?: ValidateOptions) => { errors: string[] };

export const ROOT = path.resolve(__dirname, '..', '..');

export async function loadValidator(): Promise<ValidateManifest> {
  // A plain CommonJS script (it runs before any build): loaded by path, typed here.
  const script: unknown = await import(path.join(ROOT, 'scripts', 'validate-manifest.js'));
  const validate = (script as { validateManifest?: unknown }).validateManifest;
  if (typeof validate !== 'function') throw new Error('validateManifest not exported');
  return validate as ValidateManifest;
}
