// graphology-gexf's writer on its own: its browser entry also loads the parser, which needs a
// DOMParser at import time (absent in node, where the unit tests run).
declare module 'graphology-gexf/common/writer' {
  import type { AbstractGraph } from 'graphology-types';
  export default function write(graph: AbstractGraph, options?: { version?: '1.2' | '1.3'; pretty?: boolean; encoding?: string }): string;
}
