import { Document, Packer, Paragraph, TextRun } from 'docx'

/** A real .docx made in the test, so fixtures stay text we wrote and nothing binary is committed. */
export async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const document = new Document({
    creator: 'Verbatim tests',
    sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
  })
  return Packer.toBuffer(document)
}
