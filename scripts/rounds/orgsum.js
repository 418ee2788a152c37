// orgsum.js TAG FROM TO: the organizations line summed over rounds FROM..TO
const fs=require('fs');const [tag,from,to]=process.argv.slice(2);let tp=0,fp=0,fn=0;
for(let r=+from;r<=+to;r++){const f=`/tmp/rn-${tag}-${r}.txt`;if(!fs.existsSync(f))continue;for(const l of fs.readFileSync(f,'utf8').split('\n')){const m=/^organizations\s+\S+\s+\S+\s+\S+\s+(\d+)\s+(\d+)\s+(\d+)/.exec(l);if(m){tp+=+m[1];fp+=+m[2];fn+=+m[3];}}}
console.log(tag,'organizations',(2*tp/(2*tp+fp+fn)).toFixed(3),tp,fp,fn);
