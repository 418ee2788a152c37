// attmiss.js TAG FROM TO: each attendance miss with its first sentence naming the person and what output has for the person
const fs=require('fs');const [tag,from,to]=process.argv.slice(2);
for(let r=+from;r<=+to;r++){const v=`/tmp/rv-${tag}-${r}.txt`;if(!fs.existsSync(v))continue;
 const R=`/work/gold-extra${r}`;let texts=[];
 if(fs.existsSync(R+'/records.jsonl'))for(const l of fs.readFileSync(R+'/records.jsonl','utf8').split('\n')){if(!l.trim())continue;const o=JSON.parse(l);texts.push((o.title||'')+'。'+(o.content||o.body||o.text||'').replace(/<[^>]+>/g,'\n'));}
 else if(fs.existsSync(R+'/texts'))for(const f of fs.readdirSync(R+'/texts'))texts.push(fs.readFileSync(R+'/texts/'+f,'utf8'));
 const out=fs.readFileSync(`/tmp/rn-${tag}-${r}.jsonl`,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
 const sents=texts.flatMap(t=>t.split(/(?<=[。！？\n])/));
 for(const l of fs.readFileSync(v,'utf8').split('\n')){const m=/attendance missed: (.*)/.exec(l);if(!m)continue;
  for(const it of m[1].split(' | ')){const mm=/^(.+?) @ (.+) \((\w+)\)$/.exec(it.trim());if(!mm)continue;const [_,p,mt,role]=mm;
   const s=sents.find(x=>x.includes(p))||'';
   let got='';for(const a of out){const E=Object.fromEntries(a.entities.map(e=>[e.id,e]));const pe=a.entities.find(e=>e.type==='Person'&&e.name===p);if(!pe)continue;got+='P';for(const x of a.relations)if(x.type==='ATTENDED'&&x.from===pe.id)got+='['+(E[x.to]?.name||'')+']';}
   console.log(`${r}\t${p}\t${mt}\t${role}\tgot:${got.slice(0,60)}\t${s.trim().slice(0,160)}`);}}}
