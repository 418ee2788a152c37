// A small union–find over string ids; the representative of a set is chosen by `better`
// so that the result does not depend on the order of the unions.

export class UnionFind {
  private parent = new Map<string, string>();

  constructor(private readonly better: (a: string, b: string) => boolean) {}

  add(id: string): void {
    if (!this.parent.has(id)) this.parent.set(id, id);
  }

  find(id: string): string {
    this.add(id);
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // path compression
    let cur = id;
    while (cur !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (this.better(ra, rb)) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/** The longer form represents a set; between equally long ones, the smaller in code-unit order. */
export function longerFirst(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a < b;
}

/**
 * Merge each short form into the one long form that explains it. `reductions(long)` lists
 * the shorter forms a long form is also written as; a short form that is a reduction of
 * several unrelated long forms (X方案 of both 湖南省X方案 and 湖北省X方案) is ambiguous and
 * stays on its own.
 */
export function mergeShortForms(forms: Iterable<string>, reductions: (form: string) => string[], uf: UnionFind): void {
  const all = [...new Set(forms)].sort();
  const present = new Set(all);
  const reduced = new Map<string, string[]>();
  const explainedBy = new Map<string, Set<string>>();
  for (const f of all) {
    const r = reductions(f);
    reduced.set(f, r);
    for (const s of r) {
      if (!present.has(s)) continue;
      let set = explainedBy.get(s);
      if (!set) explainedBy.set(s, (set = new Set()));
      set.add(f);
    }
  }
  for (const short of all) {
    const longs = explainedBy.get(short);
    if (!longs) continue;
    // keep the maximal long forms: drop those that are themselves a reduction of another
    const maximal = [...longs].filter((l) => ![...longs].some((o) => o !== l && reduced.get(o)!.includes(l)));
    if (maximal.length === 1) uf.union(short, maximal[0]);
  }
}
