// Reporters and photographers credited inside a text (persons.ts creditedReporters), in the forms
// the provincial papers print them: roles and names run together, slashes and colons, 特约记者,
// a photographer's 摄 right after the name, two names whose space was lost.
import { creditedReporters } from '../../src/extract/persons';
import { extractPage } from '../../src/pipeline';
import { extractArticle } from '../../src/extract/extract';
import type { SegmentedArticle } from '../../src/segment/segment';

const credits = (text: string): string[] => creditedReporters(text).map((r) => `${r.name}:${r.role}`);

describe('credits', () => {
  it.each([
    ['（新华社记者 兰红光 摄）', ['兰红光:摄影']],
    ['7日，省委书记张建国在临江会见客人。 本报记者宋锴摄', ['宋锴:摄影']],
    ['代表发言。（摄影：王小红）', ['王小红:摄影']],
    ['记者:刘忠义;摄影:徐旭', ['刘忠义:记者', '徐旭:摄影']],
    ['等参加会见。(记者 付真卿 摄影 欧阳杰)', ['付真卿:记者', '欧阳杰:摄影']],
    ['参加看望。(记者况昌勋 特约记者王江顺)', ['况昌勋:记者', '王江顺:记者']],
    ['交汇点记者 陈月飞', ['陈月飞:记者']],
    ['南方日报讯(记者/徐林通讯员/岳宗)1月15日，省委', ['徐林:记者', '岳宗:通讯员']],
    ['本报记者 刘燕娟 通讯员 王明 报道', ['刘燕娟:记者', '王明:通讯员']],
    ['（记者陈贽 田帆刘华）', ['陈贽:记者', '田帆:记者', '刘华:记者']],
    ['会议结束。（记者周明瑜孙亮）', ['周明瑜:记者', '孙亮:记者']],
    ['（记者 罗宾·库克）', ['罗宾·库克:记者']],
    // the writers by 作者 and a colon closing the text, names a space apart (not a quotation's author inside it); names before both marks closing a line
    ['会议要求做好各项工作。(作者:刘海 王明)', ['刘海:记者', '王明:记者']],
    ['他朗诵了一首诗。（作者：刘海）大家深受感动。', []],
    ['会议要求做好各项工作。\n□李华 王刚 张明 图/文', ['李华:记者', '王刚:记者', '张明:记者']],
    ['副主席王明参加座谈会。□李华 王刚 图/文', ['李华:记者', '王刚:记者']],
    // a rare surname bounded by the next role's word; names before 摄影报道 in the closing bracket; a ■ opening it
    ['会议结束。（记者绳晓通讯员胡斌）', ['绳晓:记者', '胡斌:通讯员']],
    ['活动结束。（梁金华 陈存明摄影报道）', ['梁金华:摄影', '陈存明:摄影']],
    ['活动举行。（■李世华 张亚明 王士刚）', ['李世华:记者', '张亚明:记者', '王士刚:记者']],
    // a name alone in brackets closing the item (`…参加会见。(黄鹭)`)
    ['刘海、李华参加会见。（黄鹭）', ['黄鹭:记者']],
    // names in the bracket after a dateline's 电, and with an outlet's reporter among them after 讯
    ['本报临江电 (吴再明、刘东华)近日，省委书记王明来到临江县看望群众。', ['吴再明:记者', '刘东华:记者']],
    ['本网讯(张超 临江日报全媒体记者 薛海睿 兰珍)9月25日，省委书记王明前往临江县调研。', ['薛海睿:全媒体记者', '兰珍:全媒体记者', '张超:记者']],
    ['图为农民读者正在挑选书籍。（帅瑜摄）', ['帅瑜:摄影']],
    // names listed alone in the closing bracket; an intern's credit (实习生) in a reporter's
    ['刘海、李华参加会见。（张武明、林君）', ['张武明:记者', '林君:记者']],
    // a name and a role word with its name in the closing bracket; a rarer surname (谯) after a role
    ['讲好临江故事。(朱冬娅、见习记者 姚程玉)', ['姚程玉:记者', '朱冬娅:记者']],
    ['美好蓝图。\n临江日报社全媒体记者 谯喜龙 通讯员 倪玲', ['谯喜龙:全媒体记者', '倪玲:通讯员']],
    ['（记者张辉、实习生丁丽娥、通讯员荣秋瑾、刘勤学）', ['张辉:记者', '丁丽娥:记者', '荣秋瑾:通讯员', '刘勤学:通讯员']],
    // another paper's reporter before 本报's; a credit that ends in 报道 and a colon, the report running on
    ['本报讯(临江日报记者易鹤本报记者江明)5月28日上午', ['易鹤:记者', '江明:记者']],
    ['临江新闻网讯 市新闻传媒中心记者刘伟、何其辉 通讯员史明报道:3月2日至4日,代表团到我市考察。', ['刘伟:记者', '何其辉:记者', '史明:通讯员']],
    // names a space apart in the closing bracket; the mark before the name; a name padded to a photo credit's width
    ['奋力夺取防汛抗灾工作全面胜利。（田明池 王建朋）', ['田明池:记者', '王建朋:记者']],
    ['巩固军地共建的良好局面。摄/赵柏恋茹', ['赵柏恋茹:摄影']],
    ['图为张建国同村民交谈。\n新华社记者  燕  雁摄', ['燕雁:摄影']],
    // a photographer's credit closing a caption or a line with no role word; writer and photographer by their marks
    ['11月12日，省长王明签署了备忘录。杨竹摄', ['杨竹:摄影']],
    ['图片来源：陈正宝 摄', ['陈正宝:摄影']],
    ['交汇点记者 耿联/文 肖勇/摄', ['耿联:记者', '肖勇:摄影']],
    // a name listed after another's whatever its surname; names a space apart on the closing line, by given names too;
    // a signature between middle dots closing the item
    ['新华社临江8月1日电(记者 骆飞、郏明真)第九届', ['骆飞:记者', '郏明真:记者']],
    ['刘海、李华参加会见。\n（郭华 天明）', ['郭华:记者', '天明:记者']],
    ['让他们能够在其位、谋其事。·仇明川·', ['仇明川:记者']],
    // a credit opening the text before the lede's time, no bracket; writer and photographer by their marks on one line
    ['临江日报记者 徐明 昨天，市委常委刘海到新闻单位调研。', ['徐明:记者']],
    ['刘海主持会议。\n文/曹明南  摄/宋锴', ['曹明南:记者', '宋锴:摄影']],
    // two outlets' reporters in one bracket; writer and photographer by a mark and a colon; a name alone in brackets
    // closing a paragraph before a caption; an outlet and a name alone on the last line
    ['刘海主持会议。\n(临江广播电视台记者 汪明辉 刘新明 临江日报记者 汪秀明 周伟)', ['汪明辉:记者', '刘新明:记者', '汪秀明:记者', '周伟:记者']],
    ['刘海主持会议。\n文字:彭明\n图片:姜明辉', ['彭明:记者', '姜明辉:摄影']],
    ['刘海主持会议。\n(文:米日古力·吾 来源:临江日报一版)', ['米日古力·吾:记者']],
    ['刘海参加会见。(王明慧)\n5月30日，刘海会见代表团。  新华社记者  姚明  摄', ['姚明:摄影', '王明慧:记者']],
    ['刘海主持会议。\n临江日报客户端王翔', ['王翔:记者']],
    // a credit in 【】 opening the text, names alone after a dateline's 讯, writer and photographer by their marks after
    // their names in one bracket, a contributing body and its people closing the text
    ['【全媒体记者 李明】6月30日，县委书记刘海主持召开会议。', ['李明:全媒体记者']],
    ['刘海主持会议。\n记者丨周明', ['周明:记者']],
    ['刘海主持会议。\n(王明辉 拍摄)', ['王明辉:摄影']],
    // a broadcaster's block of credit lines, names a space apart: every name of a reporter's or a camera's line
    ['刘海会见客人。\n监制丨申明\n记者丨许达 许明松 朱超 黎兵 史伟 王鹏飞 彭汉明\n摄像丨李铮 马超 段德文 程铖 郭鸿 鄂介明 范一鸣\n录音丨程明华', ['许达:记者', '许明松:记者', '朱超:记者', '黎兵:记者', '史伟:记者', '王鹏飞:记者', '彭汉明:记者', '李铮:摄影', '马超:摄影', '段德文:摄影', '程铖:摄影', '郭鸿:摄影', '鄂介明:摄影', '范一鸣:摄影']],
    ['本报讯(黄明辉)1月5日，区长刘海调研城建项目。', ['黄明辉:记者']],
    ['刘海主持会议。\n(杨明 文/李前进 图)', ['杨明:记者', '李前进:摄影']],
    ['检查结束。\n(临江县安监局  陈明辉 林冬丽)', ['陈明辉:通讯员', '林冬丽:通讯员']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });

  it.each([['记者从省委获悉，今年投资增长。'], ['他在记者招待会上说）'], ['省委书记张建国接受记者采访。'], ['会议通过了决议。（完）'], ['刘海（左二）参加会见。'], ['会议由两党联合召开。（民革、民盟）'], ['活动开始。（新华社）\n活动结束。'], ['会议由王明主持。（新华社）'], ['会议强调要加强拍摄'], ['他说要加强摄影']])('no credit in %s', (text) => {
    expect(credits(text)).toEqual([]);
  });

  it('makes no person of a part of a credited name (an article given whole, its credit in its text)', () => {
    const article: SegmentedArticle = { kind: 'news', newspaper: null, date: '2024-05-06', published: null, title: '', subtitle: null, reporters: [], text: '省长王明出席会议并讲话。(记者杜明举见习记者周亮)' };
    expect(extractArticle(article).entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['王明']);
  });

  it('makes no person of a credit\'s separator and the name after it (`记者丨周琳`)', () => {
    const article: SegmentedArticle = { kind: 'news', newspaper: null, date: '2024-05-06', published: null, title: '', subtitle: null, reporters: [], text: '省长王明出席会议并讲话。\n记者丨周明辉' };
    expect(extractArticle(article).entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['王明']);
  });

  it('makes no person of a broadcaster\'s staff credited in lines (监制, 录音, 翻译)', () => {
    const article: SegmentedArticle = { kind: 'news', newspaper: null, date: '2024-05-06', published: null, title: '', subtitle: null, reporters: [], text: '国家主席王明会见临山国总统阿卡拉。\n监制丨申明 王志明\n记者丨史伟\n录音丨程明华\n翻译丨张慧明' };
    expect(extractArticle(article).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['王明', '阿卡拉']);
  });

  it('makes no person of an editor credited in the text', () => {
    const article: SegmentedArticle = { kind: 'news', newspaper: null, date: '2024-05-06', published: null, title: '', subtitle: null, reporters: [], text: '省长王明出席会议并讲话。\n(临江广电融媒体记者 刘剑 责任编辑 马张明)' };
    expect(extractArticle(article).entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['王明']);
  });

  it('keeps the one who acts in the report though a checker\'s credit names him too (`…书记王丽主持。…（…终审：王丽）`)', () => {
    const article: SegmentedArticle = { kind: 'news', newspaper: null, date: '2024-05-06', published: null, title: '', subtitle: null, reporters: [], text: '9月22日下午，学院召开党委理论学习中心组（扩大）学习会。会议由学院党委书记王丽主持。\n(文：许明 图：侯红 终审：王丽)' };
    const { entities, relations } = extractArticle(article);
    const presided = relations.filter((r) => r.type === 'ATTENDED' && r.role === 'presided').map((r) => entities.find((e) => e.id === r.from)!.name);
    expect(presided).toEqual(['王丽']);
  });

  it('makes no person of credited names, nor of two run together', () => {
    const out = extractPage('新华社临江11月20日电（记者陈贽 田帆刘华）国家主席张建国出席会议。', 'x.txt', { year: 2024 });
    expect(out.flatMap((a) => a.entities.filter((e) => e.type === 'Person').map((e) => e.name))).toEqual(['张建国']);
  });
});
