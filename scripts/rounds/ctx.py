# ctx.py ROUND STRING [WIDTH]: where STRING stands in a round's records or texts
import json,re,sys,os,glob
r,key=sys.argv[1],sys.argv[2]; w=int(sys.argv[3]) if len(sys.argv)>3 else 120
d=f'/work/gold-extra{r}'
docs=[]
if os.path.exists(d+'/records.jsonl'):
    for l in open(d+'/records.jsonl'):
        o=json.loads(l); c=''
        for k in ('content','body','text','html'):
            if isinstance(o.get(k),str) and len(o[k])>len(c): c=o[k]
        docs.append((o.get('id') or o.get('url'),re.sub(r'<[^>]+>','',c)))
for f in sorted(glob.glob(d+'/texts/*')): docs.append((os.path.basename(f),open(f).read()))
for i,c in docs:
    for m in re.finditer(re.escape(key),c):
        print(i,'::',c[max(0,m.start()-w):m.end()+w//2].replace('\n','⏎')); print()
