// What kg prints for a person to read: text of pages, names of the graph, file names. Any of
// them can hold characters a terminal obeys instead of showing — ESC sequences that clear the
// screen or retitle the window, C1 controls, bidi overrides and isolates that reorder the rest
// of the line, a newline that splits one error line into two. Every printer passes its text
// through here; the stored data (articles.jsonl, graph.json, Neo4j) keeps the characters.

/** C0 controls but tab, DEL, C1 controls, bidi marks, embeddings, overrides and isolates, line and paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** One line as it can be shown: each unsafe character written as an escape (`\n`, `\x1b`, `\u202e`). */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0);
    if (n === 0x0a) return '\\n';
    if (n === 0x0d) return '\\r';
    return n < 0x100 ? `\\x${hex(n, 2)}` : `\\u${hex(n, 4)}`;
  });
}

/** Several lines: the line breaks kept, everything else as forTerminal. */
export function linesForTerminal(text: string): string {
  return text.split('\n').map(forTerminal).join('\n');
}

/**
 * JSON to print: JSON.stringify escapes C0 controls but leaves DEL, C1 controls and the bidi
 * characters raw; written as \u escapes they read back as the same value.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}

/** UNSAFE but C0: JSON.stringify escapes those inside strings, and its line breaks are layout. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
