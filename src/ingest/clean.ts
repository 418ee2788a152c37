// Ingest, second step: repair PDF-extraction damage in a page's text.
export function cleanPage(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
