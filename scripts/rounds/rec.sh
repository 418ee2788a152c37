#!/bin/bash
# rec.sh "text" [title]: the text as one record through kg extract --explain (DIST env picks the build), facts printed
D=${DIST:-/work/main}; T=$(mktemp /tmp/recXXXX)
node -e 'console.log(JSON.stringify({id:"r1",title:process.argv[2]||"",date:"2024-05-06",source:"测试报",content:process.argv[1]}))' "$1" "$2" > $T.jsonl
(cd $D && node bin/kg.js extract $T.jsonl --explain -o $T.out.jsonl 2>&1 | grep -v "^extract\|articles" )
node -e '
const l=require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n");for(const x of l){const a=JSON.parse(x);const nm=new Map(a.entities.map(e=>[e.id,e.type.slice(0,3)+":"+e.name]));console.log("ENT",a.entities.map(e=>e.type.slice(0,3)+":"+e.name).join(" | "));for(const r of a.relations) if(r.type!=="TITLE_AT")console.log(r.type,nm.get(r.from),"→",nm.get(r.to),r.role||"",r.rule||"")}' $T.out.jsonl
rm -f $T $T.jsonl $T.out.jsonl
