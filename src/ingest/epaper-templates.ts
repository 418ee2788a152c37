// The e-paper site templates html.ts reads, as data: where a template's title, date, page,
// newspaper and body are. A new site is a new row here, not a new branch in the code.
//
// A field is a list of rules; the first that gives a non-empty value wins. A rule takes
// text from a Founder (方正) property (`<founder-title>` …, in the page or in an
// `<!--enpproperty …-->` comment), a <meta name> tag, or the first element matching a
// selector (tag, .class, #id, joined by descendant spaces); `pattern` then keeps its first group.
// Templates are tried in order; the article templates first, so that a page holding an
// article is never taken for an index.

export interface FieldRule {
  founder?: string;
  meta?: string;
  select?: string;
  value?: string;
  pattern?: RegExp;
  /** the value written into this, for `$1` (`第$1版`) */
  format?: string;
}

export interface ArticleTemplate {
  name: string;
  /** the page is of this template when this rule gives a value */
  detect: FieldRule;
  title: FieldRule[];
  pretitle?: FieldRule[];
  subtitle?: FieldRule[];
  author?: FieldRule[];
  newspaper: FieldRule[];
  date: FieldRule[];
  page: FieldRule[];
  /** selectors of the body's container, tried in order */
  body: string[];
}

export interface IndexTemplate {
  name: string;
  detect: FieldRule;
  /** the page's label, e.g. `01版:要闻` */
  label: FieldRule[];
  newspaper: FieldRule[];
  date: FieldRule[];
}

const PAPER_IN_TITLE: FieldRule = { select: 'title', pattern: /([\u4e00-\u9fff]{2,6}(?:日报|晚报|时报))/ };
const DATE_TEXT = /(\d{4}年\d{1,2}月\d{1,2}日)/;

export const ARTICLE_TEMPLATES: ArticleTemplate[] = [
  {
    // Founder digital editions (北京日报, 经济日报 …): the page carries its own properties
    name: 'founder article view',
    detect: { founder: 'title' },
    title: [{ founder: 'title' }],
    pretitle: [{ founder: 'introtitle' }],
    subtitle: [{ founder: 'subtitle' }],
    author: [{ founder: 'author' }],
    newspaper: [{ founder: 'papername' }, { meta: 'source' }],
    date: [{ founder: 'date' }],
    page: [{ founder: 'pagenum' }],
    body: ['founder-content', 'div.article div.text', '#ozoom'],
  },
  {
    // 人民日报 (and 光明日报) digital edition, article view `nw.D110000renmrb_YYYYMMDD_N-PP.htm`:
    // h3 pre-title, h1 title, h2 subtitle, h4 author, `《人民日报》（2018年11月20日 07 版）`
    name: '人民日报 nw.D110000 article view',
    detect: { select: 'div.text_c h1' },
    title: [{ select: 'div.text_c h1' }],
    pretitle: [{ select: 'div.text_c h3' }],
    subtitle: [{ select: 'div.text_c h2' }],
    author: [{ select: 'div.text_c h4' }],
    newspaper: [{ select: 'div.text_c div.lai', pattern: /《\s*([^》]+?)\s*》/ }, PAPER_IN_TITLE],
    date: [{ select: 'div.text_c div.lai', pattern: DATE_TEXT }],
    page: [{ select: 'div.text_c div.lai', pattern: /(\d{1,3})\s*版/ }],
    body: ['#ozoom'],
  },
  {
    // 北京日报 page view whose list holds one article with its full text (`div.summary`)
    name: '北京日报 page view with its article',
    detect: { select: 'div.main-list li div.summary' },
    title: [{ select: 'div.main-list li h2' }],
    newspaper: [{ meta: 'source' }, { meta: 'keywords' }, PAPER_IN_TITLE],
    date: [{ select: 'a.date', pattern: DATE_TEXT }],
    page: [{ select: 'a.fm', pattern: /(\d{1,3})/ }],
    body: ['div.main-list li div.summary'],
  },
];

export const INDEX_TEMPLATES: IndexTemplate[] = [
  {
    // 人民日报 / 光明日报 page index `nbs.D110000renmrb_PP.htm`: the page's headline list
    name: '人民日报 nbs.D110000 page index',
    detect: { select: 'div.list_l div.l_t' },
    label: [{ select: 'div.list_l div.l_t' }],
    newspaper: [PAPER_IN_TITLE, { select: '#riqi_', pattern: /([\u4e00-\u9fff]{2,6}日报)/ }],
    date: [{ select: '#riqi_', pattern: DATE_TEXT }, { select: 'title', pattern: DATE_TEXT }],
  },
  {
    // 人民日报 since 2020, `pc/layout/YYYYMM/DD/node_PP.html`
    name: '人民日报 pc/layout page index',
    detect: { select: 'div.paper-bot' },
    label: [{ select: 'div.paper-bot p.ban' }, { select: 'div.paper-bot' }],
    newspaper: [{ select: 'div.date-box p.date', pattern: /([\u4e00-\u9fff]{2,6}日报)/ }, PAPER_IN_TITLE],
    date: [{ select: 'div.date-box span.newstime', pattern: DATE_TEXT }],
  },
  {
    // Founder page (版面) view: page properties, no title
    name: 'founder page index',
    detect: { founder: 'pagenum' },
    label: [{ founder: 'pagenum', pattern: /(\d{1,3})/, format: '第$1版' }],
    newspaper: [{ founder: 'papername' }],
    date: [{ founder: 'date' }],
  },
];
