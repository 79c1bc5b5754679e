/** Any failure, as the pane explains it: a gateway code, its message, and a technical detail. */
import type { GatewayErrorCode } from '../../gateway/types';
import { GatewayError } from '../../gateway/types';

export interface PaneError {
  readonly code: GatewayErrorCode;
  /** The gateway's explanation, already in the agent's language; null when there is none. */
  readonly message: string | null;
  /** What an unforeseen exception said, for support; null for gateway errors. */
  readonly detail: string | null;
}

export function toPaneError(error: unknown): PaneError {
  if (error instanceof GatewayError)
    return { code: error.code, message: error.message, detail: null };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'unexpected', message: null, detail: detail || null };
}
