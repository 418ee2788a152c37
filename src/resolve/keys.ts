// Keys of the graph (docs/graph.md): a node is `<Type>:<canonical form>` (./resolve.ts), an
// Article `Article:<id>`, an edge `<TYPE>:<source key>-><target key>`; everything the build
// writes comes in the code-unit order of these keys.

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const articleKey = (id: string) => `Article:${id}`;
export const edgeKey = (type: string, source: string, target: string) => `${type}:${source}->${target}`;
