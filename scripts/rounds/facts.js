// facts.js OUT.jsonl > facts.txt: one fact a line (entities by type, relations with rule)
const rl=require('readline').createInterface({input:require('fs').createReadStream(process.argv[2])});
rl.on('line',l=>{if(!l.trim())return;const rec=JSON.parse(l);const name=new Map(rec.entities.map(e=>[e.id,`${e.type}:${e.name}`]));
const out=[`# ${rec.id} ${rec.date??'-'} ${rec.title}`];
for(const e of rec.entities) out.push(`E ${e.type}:${e.name}`);
for(const r of rec.relations){const role=r.role?` (${r.role}${r.spoke?', spoke':''})`:'';out.push(`${r.type} ${name.get(r.from)} → ${name.get(r.to)}${role} [${r.rule}]`);}
console.log(out.join('\n'));});
