// A synthetic corpus graph of a given size in the shape of graph.json (src/model.ts): generated
// names, clustered positions, evidence on every edge but MENTIONS. Deterministic (seeded).
import type { GraphEdgeAttributes, GraphEdgeType, GraphNodeAttributes, NodeType } from '../../src/model';

interface SerializedGraph {
  attributes: Record<string, unknown>;
  options: { type: 'directed'; multi: false; allowSelfLoops: false };
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
}

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '建国华明伟芳军红平辉强娟敏静丽涛勇杰磊超波斌刚鹏飞宇浩然晓春秋冬雪松林海峰山川湘岳衡楚';
const PLACES = ['长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州', '永州', '怀化', '娄底', '湘西'];

export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1): SerializedGraph {
  const rand = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const share: [NodeType, number][] = [
    ['Person', 0.3],
    ['Meeting', 0.2],
    ['Organization', 0.1],
    ['Policy', 0.075],
    ['Title', 0.075],
    ['Location', 0.025],
    ['Article', 0.225],
  ];
  const byType = new Map<NodeType, string[]>();
  const nodes: SerializedGraph['nodes'] = [];
  const clusters = Array.from({ length: 60 }, () => [rand() * 2000 - 1000, rand() * 2000 - 1000]);
  const date = () => `2025-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  let made = 0;
  for (const [type, fraction] of share) {
    const n = type === 'Article' ? nodeCount - made : Math.round(nodeCount * fraction);
    const keys: string[] = [];
    for (let i = 0; i < n; i++) {
      const [cx, cy] = pick(clusters);
      const r = 80 * Math.sqrt(-2 * Math.log(rand() + 1e-12));
      const a = 2 * Math.PI * rand();
      const name =
        type === 'Person' ? `${pick([...SURNAMES])}${pick([...GIVEN])}${pick([...GIVEN])}${i}`
        : type === 'Meeting' ? `${pick(PLACES)}第${i}次工作会议`
        : type === 'Organization' ? `${pick(PLACES)}市第${i}局`
        : type === 'Policy' ? `第${i}号专项行动方案`
        : type === 'Title' ? `第${i}办公室主任`
        : type === 'Location' ? `${pick(PLACES)}${i}区`
        : `合成报道第${i}篇`;
      const attrs: GraphNodeAttributes = { type, name, x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
      if (type === 'Meeting') Object.assign(attrs, { date: date(), location: null });
      if (type === 'Article') Object.assign(attrs, { title: name, date: date(), newspaper: '合成日报', source: `synthetic_${i}.txt`, kind: 'news' });
      if (type === 'Person') attrs.community = Math.floor(rand() * 40);
      const key = `${type}:${type === 'Meeting' ? `${attrs.date}:` : type === 'Article' ? `synthetic_${i}#1:` : ''}${name}`;
      nodes.push({ key, attributes: attrs });
      keys.push(key);
    }
    byType.set(type, keys);
    made += n;
  }

  const plan: [GraphEdgeType, NodeType, NodeType, number][] = [
    ['ATTENDED', 'Person', 'Meeting', 0.5],
    ['HOLDS', 'Person', 'Title', 0.1],
    ['ADDRESSED', 'Meeting', 'Policy', 0.066],
    ['CONVENED', 'Organization', 'Meeting', 0.05],
    ['HELD_IN', 'Meeting', 'Location', 0.034],
    ['MENTIONS', 'Article', 'Person', 0.25],
  ];
  const edges: SerializedGraph['edges'] = [];
  const seen = new Set<string>();
  let planned = 0;
  for (const [i, [type, from, to, fraction]] of plan.entries()) {
    const n = i === plan.length - 1 ? edgeCount - planned : Math.round(edgeCount * fraction);
    planned += n;
    const sources = byType.get(from)!;
    const targets = byType.get(to)!;
    let order = 0;
    for (let k = 0; k < n; ) {
      const source = pick(sources);
      const target = pick(targets);
      const key = `${type}:${source}->${target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      k++;
      const d = date();
      const attrs: GraphEdgeAttributes = {
        type,
        evidence:
          type === 'MENTIONS'
            ? []
            : [{ article: `synthetic_${k}#1`, text: `合成句子：${source}与${target}的关系。`, start: 0, end: 20, date: d, newspaper: '合成日报', title: `合成报道第${k}篇` }],
      };
      if (type === 'ATTENDED') Object.assign(attrs, { role: rand() < 0.15 ? 'presided' : 'attended', order: (order++ % 12) + 1 });
      if (type === 'HOLDS') Object.assign(attrs, { first: d, last: d });
      edges.push({ key, source, target, attributes: attrs });
    }
  }
  return { attributes: { name: `synthetic ${nodeCount}/${edgeCount}` }, options: { type: 'directed', multi: false, allowSelfLoops: false }, nodes, edges };
}
