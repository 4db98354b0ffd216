// `--since DATE --until DATE`: a window of time, both ends inside, either one open.
import { isIsoDate } from '../extractor/dates/calendar.js';
import { KgError } from '../extractor/errors.js';
import type { DateWindow } from '../graph/build.js';

export function parseWindow(command: string, since: string | undefined, until: string | undefined): DateWindow | undefined {
  for (const [flag, value] of [['--since', since], ['--until', until]] as const) {
    if (value !== undefined && !isIsoDate(value)) throw new KgError(command, `${flag} expects a date as YYYY-MM-DD, YYYY-MM or YYYY, got "${value}"`);
  }
  if (since === undefined && until === undefined) return undefined;
  if (since !== undefined && until !== undefined && since > until && !until.startsWith(since)) {
    throw new KgError(command, `--since ${since} is after --until ${until}`);
  }
  return { ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until }) };
}
