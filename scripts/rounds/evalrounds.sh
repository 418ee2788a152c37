#!/bin/bash
# evalrounds.sh: the rounds of eval/rounds as round folders /work/gold-extraN (records.jsonl read from ../shared by their ids,
# gold.json, a placeholder GOLD.sha256 that roundsr.sh looks for), so that roundsr.sh, sum.js and cmpr.js score them on a new machine
cd /work/main || exit 1
cat ../shared/corpora/xwlb/xwlb-20*.jsonl > /tmp/xwlb-all.jsonl
for R in eval/rounds/*/; do
  n=$(basename "$R"); D=/work/gold-extra$n; mkdir -p "$D"
  grep -F -f "$R/ids.txt" /tmp/xwlb-all.jsonl > "$D/records.jsonl"
  cp "$R/gold.json" "$D/"; [ -f "$D/GOLD.sha256" ] || echo "eval/rounds/$n" > "$D/GOLD.sha256"
done
ls -d /work/gold-extra* | wc -l
