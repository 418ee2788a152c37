import { COLUMN_CHUNK, FloatColumn, IntColumn, StringTable } from '../../src/columns';

describe('IntColumn and FloatColumn: rows of numbers that grow', () => {
  it('keeps every value past many doublings of its capacity', () => {
    const ints = new IntColumn(2);
    const floats = new FloatColumn(2);
    for (let i = 0; i < 10_000; i++) {
      expect(ints.push(i * 7 - 3)).toBe(i);
      floats.push(i % 3 === 0 ? Infinity : i / 4);
    }
    expect(ints.length).toBe(10_000);
    expect(floats.length).toBe(10_000);
    for (let i = 0; i < 10_000; i++) {
      expect(ints.get(i)).toBe(i * 7 - 3);
      expect(floats.get(i)).toBe(i % 3 === 0 ? Infinity : i / 4);
    }
  });

  it('keeps every value across many chunks, and sets a row in any of them', () => {
    const ints = new IntColumn();
    for (let i = 0; i < 100_000; i++) ints.push(i ^ 0x5a5a);
    ints.set(70_000, -7);
    const wrong = Array.from({ length: 100_000 }, (_, i) => i).filter((i) => ints.get(i) !== (i === 70_000 ? -7 : i ^ 0x5a5a));
    expect(wrong).toEqual([]);
    expect(ints.length).toBe(100_000);
  });

  it('never copies its rows to grow: what it holds is its rows and at most one chunk more, whatever the length', () => {
    for (const n of [10, 1_000, 16_385, 70_000, 300_001]) {
      const ints = new IntColumn();
      const floats = new FloatColumn();
      for (let i = 0; i < n; i++) (ints.push(i), floats.push(i / 3));
      // (a column that doubled an array to grow held up to twice its rows, and the copies it let go)
      expect(ints.byteLength).toBeLessThanOrEqual(4 * n + 4 * COLUMN_CHUNK);
      expect(floats.byteLength).toBeLessThanOrEqual(8 * n + 8 * COLUMN_CHUNK);
      expect(ints.byteLength).toBeGreaterThanOrEqual(4 * n);
    }
  });

  it('sets a row in place', () => {
    const c = new IntColumn(1);
    c.push(-1);
    c.push(-1);
    c.set(1, 42);
    expect([c.get(0), c.get(1)]).toEqual([-1, 42]);
  });
});

describe('StringTable: one number per distinct string', () => {
  it('numbers strings in the order first seen, null as NONE', () => {
    const t = new StringTable();
    expect([t.id('甲'), t.id('乙'), t.id('甲'), t.idOrNone(null)]).toEqual([0, 1, 0, StringTable.NONE]);
    expect([t.at(1), t.atOrNull(StringTable.NONE), t.size]).toEqual(['乙', null, 2]);
  });

  it('stores its own copy of a string and gives that copy back for an equal one', () => {
    const copies: string[] = [];
    const t = new StringTable((s) => (copies.push(s), `${s}`));
    const text = '湖南省人民政府省长毛伟明';
    const a = t.intern(text.slice(0, 7));
    const b = t.intern(text.slice(0, 7));
    expect(a).toBe('湖南省人民政府');
    expect(b).toBe(a);
    expect(copies).toEqual(['湖南省人民政府']);
  });
});
