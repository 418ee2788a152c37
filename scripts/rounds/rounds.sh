#!/bin/bash
# rounds.sh DIST TAG: score every /work/gold-extraN round with a build; core F1 per round
D=$1; T=$2
for r in $(ls -d /work/gold-extra* | sed 's/.*extra//' | sort -n); do
  R=/work/gold-extra$r; [ -f $R/GOLD.sha256 ] || continue
  if [ -d $R/texts ]; then (cd $D && node bin/kg.js extract $R/texts --year 1998 -o /tmp/rn-$T-$r.jsonl 2>/dev/null); G=$R/gold
  else (cd $D && node bin/kg.js extract $R/records.jsonl -o /tmp/rn-$T-$r.jsonl 2>/dev/null); G=$R; fi
  node /work/shared/eval/score.mjs /tmp/rn-$T-$r.jsonl $G > /tmp/rn-$T-$r.txt 2>&1
  echo "$r $(grep 'core F1' /tmp/rn-$T-$r.txt) | $(awk '/^(persons|titles|attendance|meetings|policies|visits|met) /{printf "%s %s ", substr($1,1,4), $4}' /tmp/rn-$T-$r.txt)"
done
