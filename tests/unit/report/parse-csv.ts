// A strict RFC 4180 reader for checking the CSV report: quoted fields, doubled quotes, CRLF records.
// Written here because the project has a CSV writer but no reader.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (char === '"') quoted = false
      else field += char
      i += 1
      continue
    }
    if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 1
    } else if (char === '"' || char === '\n' || char === '\r') {
      throw new Error(`not RFC 4180: bare ${JSON.stringify(char)} at offset ${i}`)
    } else field += char
    i += 1
  }
  if (quoted) throw new Error('not RFC 4180: unterminated quoted field')
  if (field !== '' || row.length > 0) throw new Error('not RFC 4180: last record lacks CRLF')
  return rows
}
