#!/bin/bash
D=$1; T=$2; F=$3; U=$4
for r in $(seq $F $U); do
  R=/work/gold-extra$r; [ -f $R/GOLD.sha256 ] || continue
  if [ -d $R/texts ]; then (cd $D && node bin/kg.js extract $R/texts --year 1998 -o /tmp/rn-$T-$r.jsonl 2>/dev/null); G=$R/gold
  else (cd $D && node bin/kg.js extract $R/records.jsonl -o /tmp/rn-$T-$r.jsonl 2>/dev/null); G=$R; fi
  node /work/shared/eval/score.mjs /tmp/rn-$T-$r.jsonl $G > /tmp/rn-$T-$r.txt 2>&1; node /work/shared/eval/score.mjs /tmp/rn-$T-$r.jsonl $G --verbose > /tmp/rv-$T-$r.txt 2>&1
  echo "$r $(grep 'core F1' /tmp/rn-$T-$r.txt)"
done
