// How corrections are shown to a user: one line each, for `curate list`, and the warning `build`
// prints for a correction that found nothing to act on.
import type { StaleCorrection } from './apply.js';
import { type Correction, describeCorrection } from './correction.js';

export function correctionLine(correction: Correction): string {
  const reason = correction.reason === '' ? '' : ` — ${correction.reason}`;
  return `${correction.id}  ${describeCorrection(correction)}  (${correction.by}, ${correction.at})${reason}`;
}

export function staleWarning(stale: StaleCorrection, file: string): string {
  return `${file}: correction ${stale.correction.id} (${describeCorrection(stale.correction)}) is stale: ${stale.problem}`;
}
