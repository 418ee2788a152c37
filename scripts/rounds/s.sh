#!/bin/bash
# s.sh DIST TAG: the three dev sets
D=$1; T=$2
cd $D
node bin/kg.js extract seeds -o /tmp/dv-s-$T.jsonl 2>/dev/null; echo "seeds $(node /work/shared/eval/score.mjs /tmp/dv-s-$T.jsonl /work/shared/gold/seeds | grep 'core F1')"
node bin/kg.js extract /tmp/pfr-dev --year 1998 -o /tmp/dv-p-$T.jsonl 2>/dev/null; echo "pfr-dev $(node /work/shared/eval/score.mjs /tmp/dv-p-$T.jsonl /work/shared/gold/pfr-dev | grep 'core F1')"
node bin/kg.js extract /work/shared/corpora/xwlb/xwlb-dev.jsonl -o /tmp/dv-x-$T.jsonl 2>/dev/null; echo "xwlb-dev $(node /work/shared/eval/score.mjs /tmp/dv-x-$T.jsonl /work/shared/gold/xwlb-dev | grep 'core F1')"
for s in s p x; do node /work/shared/eval/score.mjs /tmp/dv-$s-$T.jsonl /work/shared/gold/$( [ $s = s ] && echo seeds || ([ $s = p ] && echo pfr-dev || echo xwlb-dev)) > /tmp/dv-$s-$T.txt; done
