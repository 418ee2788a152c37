// Resolve: the articles of the corpus → one graph (keys, identity across articles,
// protocol order, co-attendance communities, layout), and the queries `kg rank` and
// `kg lookup` answer from it. Pure: no file, network or database access.
export { buildGraph, graphOf, coAttendance, DEFAULT_BUILD_GRAPH_OPTIONS, resolveBuildGraphOptions } from './graph';
export type { BuildGraphOptions, BuiltGraph, CorpusGraph } from './graph';
export { resolveCorpus, CorpusResolver, RELATION_SCHEMA, articleKey, edgeKey } from './resolve';
export type { ResolvedCorpus, ResolvedNode, ResolvedEdge, DroppedRelation } from './resolve';
export { rankOfficials, attendanceLists, precedences, DEFAULT_RANK_OPTIONS } from './rank';
export type { Ranking, RankStep, RankedPerson, RankOptions, AttendanceList } from './rank';
export { lookup, findNodes, report } from './lookup';
export type { LookupResult, Report, PersonReport, MeetingReport, OtherReport, Fact, CoAttendee } from './lookup';
export { regionOf, canonicalOrganization, canonicalMeeting, canonicalPolicy, cleanName } from './normalize';
