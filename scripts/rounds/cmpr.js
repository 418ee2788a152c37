// cmpr.js A B FROM TO: rounds whose core F1 differs between two tags; MISSING when a score file is absent or empty
const fs=require('fs');const [a,b,from,to]=process.argv.slice(2);
const core=(t,r)=>{const f=`/tmp/rn-${t}-${r}.txt`;if(!fs.existsSync(f))return null;const m=/core F1\D*([\d.]+)/.exec(fs.readFileSync(f,'utf8'));return m?m[1]:null;};
for(let r=+from;r<=+to;r++){if(!fs.existsSync(`/work/gold-extra${r}/GOLD.sha256`))continue;const x=core(a,r),y=core(b,r);if(x===null||y===null)console.log(r,'MISSING',a,x,b,y);else if(x!==y)console.log(r,a,x,b,y);}
