#!/bin/bash
# fd.sh DIST TAG: PFR days 1–20 and 新闻联播 2023 facts -> /tmp/fd.{p,x}.TAG.{jsonl,txt}
D=$1; T=$2
(cd $D && node bin/kg.js extract /tmp/pfr-all --year 1998 --explain -o /tmp/fd.p.$T.jsonl 2>/dev/null)
(cd $D && node bin/kg.js extract /work/shared/corpora/xwlb/xwlb-2023.jsonl --explain -o /tmp/fd.x.$T.jsonl 2>/dev/null)
node /tmp/facts.js /tmp/fd.p.$T.jsonl > /tmp/fd.p.$T.txt; node /tmp/facts.js /tmp/fd.x.$T.jsonl > /tmp/fd.x.$T.txt
wc -l /tmp/fd.p.$T.txt /tmp/fd.x.$T.txt | head -2
