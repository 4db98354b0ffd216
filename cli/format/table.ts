// Plain-text tables for the terminal. Widths are display columns, so a Chinese character
// (two columns wide in East-Asian terminals) keeps the columns aligned.
import stringWidth from 'string-width';

const GAP = '  ';

/** Display width of a string in terminal columns. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Pads `text` with spaces to `width` display columns. */
export function padToWidth(text: string, width: number): string {
  const missing = width - stringWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}

/**
 * Renders rows under a header line and a rule, columns separated by two spaces.
 * Line breaks and tabs inside a cell are shown as spaces so every row stays on one line.
 * Trailing spaces are trimmed from each line.
 */
export function renderTable(headers: string[], rows: string[][]): string {
  const flat = (cell: string | undefined): string => (cell ?? '').replace(/[\t\r\n]+/g, ' ');
  const body = rows.map((row) => headers.map((_, column) => flat(row[column])));
  const head = headers.map((header) => flat(header));
  const widths = head.map((header, column) =>
    Math.max(stringWidth(header), ...body.map((row) => stringWidth(row[column] ?? ''))),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => padToWidth(cell, widths[column] ?? 0))
      .join(GAP)
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join(GAP);
  return [line(head), rule, ...body.map(line)].join('\n') + '\n';
}
