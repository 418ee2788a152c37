// The words the viewer shows for types, relations and roles: the newspapers' own words first
// (主持, 出席, 会见, 考察, 任职), a short English gloss after, never a raw relationship type.
import type { GraphEdgeType, NodeType } from '../../src/model';

export const TYPE_WORDS: Record<NodeType, string> = {
  Person: '人物 people',
  Meeting: '会议 meetings',
  Organization: '机构 bodies',
  Policy: '政策 policies',
  Title: '职务 posts',
  Location: '地点 places',
  Article: '文章 articles',
};

/** One node of a type, for a badge. */
export const TYPE_WORD: Record<NodeType, string> = {
  Person: '人物 person',
  Meeting: '会议 meeting',
  Organization: '机构 body',
  Policy: '政策 policy',
  Title: '职务 post',
  Location: '地点 place',
  Article: '文章 article',
};

/** A relation read from the selected node: `out` when it is the edge's source, else `in`. */
export const RELATION_WORDS: Record<GraphEdgeType, { out: string; in: string }> = {
  HOLDS: { out: '任职 posts held', in: '任职者 held by' },
  TITLE_AT: { out: '所属 post at', in: '职务 posts here' },
  ATTENDED: { out: '出席 meetings', in: '出席者 attendees' },
  VISITED: { out: '考察 visited', in: '考察 visited by' },
  CONVENED: { out: '召开 convened', in: '召开方 convened by' },
  HELD_IN: { out: '举行地 held in', in: '在此举行 meetings held here' },
  ADDRESSED: { out: '议题 addressed', in: '会议 addressed at' },
  ISSUED: { out: '发布 issued', in: '发布方 issued by' },
  MET: { out: '会见 met', in: '会见 met by' },
  REPORTED: { out: '报道 reported', in: '记者 reporters' },
  MENTIONS: { out: '提及 names', in: '见于 mentioned in' },
};

export const ROLE_WORDS: Record<string, string> = { presided: '主持 presided', attended: '出席 attended' };
export const SPOKE_WORD = '讲话 spoke';

export function relationWord(type: GraphEdgeType, direction: 'out' | 'in'): string {
  return RELATION_WORDS[type]?.[direction] ?? type;
}
