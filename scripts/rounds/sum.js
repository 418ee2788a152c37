// sum.js TAG FROM TO: tp/fp/fn summed over rounds, F1 per metric
const fs=require('fs');const [tag,from,to]=process.argv.slice(2);const S={};
for(let r=+from;r<=+to;r++){const f=`/tmp/rn-${tag}-${r}.txt`;if(!fs.existsSync(f))continue;for(const l of fs.readFileSync(f,'utf8').split('\n')){const m=/^(persons|titles|attendance|meetings|policies|visits|met)\s+\S+\s+\S+\s+\S+\s+(\d+)\s+(\d+)\s+(\d+)/.exec(l);if(!m)continue;const s=S[m[1]]??={tp:0,fp:0,fn:0};s.tp+=+m[2];s.fp+=+m[3];s.fn+=+m[4];}}
console.log(Object.entries(S).map(([k,s])=>`${k} ${(2*s.tp/(2*s.tp+s.fp+s.fn)).toFixed(3)} (${s.tp}/${s.fp}/${s.fn})`).join(' | '));
