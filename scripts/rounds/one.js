// one.js "text" ["title"] [newspaper]: an article as rule cases build it, its text cleaned as `kg extract` cleans a page (DIST env picks the build)
const D=process.env.DIST||'/work/main';
const {extractArticle}=require(D+'/dist/src/extract/extract.js');
let cleanPage=(t)=>t;try{cleanPage=require(D+'/dist/src/ingest/clean.js').cleanPage;}catch{}
const text=cleanPage(process.argv[2]), title=process.argv[3]||'';
const article={kind:'news',newspaper:process.argv[4]||null,date:'2024-05-06',published:null,title,subtitle:null,reporters:[],text};
const {entities,relations}=extractArticle(article);
const nm=new Map(entities.map(e=>[e.id,e.type+':'+e.name]));
console.log('ENT',entities.map(e=>e.type.slice(0,3)+':'+e.name).join(' | '));
for(const x of relations) console.log(x.type,nm.get(x.from),'→',nm.get(x.to),x.role||'',x.rule);
