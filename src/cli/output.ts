/** Prints a value as JSON on stdout: the shape scripts rely on. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

/** Whether to colour output: a terminal that has not asked for no colour. */
export function useColour(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
}

export const style = {
  bold: (text: string) => (useColour() ? `\u001b[1m${text}\u001b[22m` : text),
  dim: (text: string) => (useColour() ? `\u001b[2m${text}\u001b[22m` : text),
  red: (text: string) => (useColour() ? `\u001b[31m${text}\u001b[39m` : text),
  green: (text: string) => (useColour() ? `\u001b[32m${text}\u001b[39m` : text),
  yellow: (text: string) => (useColour() ? `\u001b[33m${text}\u001b[39m` : text),
  strike: (text: string) => (useColour() ? `\u001b[9m${text}\u001b[29m` : `[-${text}-]`),
  underline: (text: string) => (useColour() ? `\u001b[4m${text}\u001b[24m` : `{+${text}+}`),
}

/** A readable table for terminals: columns padded to the widest cell, long cells cut. */
export function formatTable(headers: string[], rows: string[][], maxWidth = 60): string {
  const cut = (cell: string) => (cell.length > maxWidth ? `${cell.slice(0, maxWidth - 1)}…` : cell)
  const cells = [headers, ...rows].map((row) => row.map((cell) => cut(cell.replace(/\s+/g, ' '))))
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)))
  return cells.map((row, index) => {
    const line = row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()
    return index === 0 ? style.bold(line) : line
  }).join('\n')
}
