# addround.py N FIRST_BUILD FIRST_SCORE COMMIT SCORE: eval/rounds/N from /work/gold-extraN (the 新闻联播 rounds kept in the
# repository: gold without the annotators' notes, the records' ids in draw order, the floor the score at COMMIT less 0.02)
import json,sys,os
n,fb,fs,c,sc=sys.argv[1:6]
src=f'/work/gold-extra{n}'; dst=f'/work/main/eval/rounds/{n}'
os.makedirs(dst,exist_ok=True)
g=json.load(open(f'{src}/gold.json')); g.pop('notes',None)
g={'file':g['file'],'articles':g['articles']}
open(f'{dst}/gold.json','w').write(json.dumps(g,ensure_ascii=False,indent=1)+'\n')
ids=[json.loads(l)['id'] for l in open(f'{src}/records.jsonl') if l.strip()]
open(f'{dst}/ids.txt','w').write('\n'.join(ids)+'\n')
r={'round':int(n),'kind':'新闻联播 at random','seed':int(n),'records':len(ids),'firstScore':{'coreF1':float(fs),'build':fb},'coreF1At':{'commit':c,'coreF1':float(sc)},'floor':round(float(sc)-0.02,3)}
open(f'{dst}/round.json','w').write(json.dumps(r,ensure_ascii=False,indent=2)+'\n')
print(dst, len(ids), r['floor'])
