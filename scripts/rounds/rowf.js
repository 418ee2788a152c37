// rowf.js FROM TO tagA tagB [tagC]: per-metric F1 "a → b → c" for a README row
const fs=require('fs');const [from,to,...tags]=process.argv.slice(2);
const M=['persons','titles','attendance','meetings','visits','met','policies'];
const sums=tags.map(t=>{const S={};for(let r=+from;r<=+to;r++){const f=`/tmp/rn-${t}-${r}.txt`;if(!fs.existsSync(f))continue;for(const l of fs.readFileSync(f,'utf8').split('\n')){const m=/^(persons|titles|attendance|meetings|policies|visits|met)\s+\S+\s+\S+\s+\S+\s+(\d+)\s+(\d+)\s+(\d+)/.exec(l);if(!m)continue;const s=S[m[1]]??={tp:0,fp:0,fn:0};s.tp+=+m[2];s.fp+=+m[3];s.fn+=+m[4];}}return S;});
const f1=s=>!s||(s.tp+s.fp+s.fn===0)?'—':(2*s.tp/(2*s.tp+s.fp+s.fn)).toFixed(3);
console.log('| '+M.map(k=>sums.map(S=>f1(S[k])).join(' → ')).join(' | ')+' |');
