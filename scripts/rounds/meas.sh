#!/bin/bash
# meas.sh TAG BASE: snap main as TAG, dev sets (cmp with BASE), fact diff, all rounds (cmpr, sum)
T=$1; B=$2
/tmp/snap.sh $T >/dev/null
/tmp/s.sh /tmp/$T $T
for s in s p x; do cmp -s /tmp/dv-$s-$B.jsonl /tmp/dv-$s-$T.jsonl && echo "dev $s identical" || echo "dev $s DIFFERS"; done
# (the seeds moved: their golden fixtures move too — test/extract/golden.test.ts fails until they are regenerated and read)
cmp -s /tmp/dv-s-$B.jsonl /tmp/dv-s-$T.jsonl || (cd /work/main && npx jest test/extract/golden 2>&1 | grep -E "^Tests:" | sed "s/^/golden: /"; echo "golden: if it fails, UPDATE_GOLDEN=1 npx jest test/extract/golden and read git diff test/fixtures")
/tmp/fd.sh /tmp/$T $T >/dev/null 2>&1
for s in p x; do echo "== fd $s"; node /tmp/setdiff.js /tmp/fd.$s.$B.txt /tmp/fd.$s.$T.txt | head -60; done
/tmp/roundsr.sh /tmp/$T $T 308 599 > /tmp/rounds-$T.txt 2>&1
# (C names another tag to compare the rounds with, where B's rounds were not all scored: C=s41a meas.sh s41c s41b)
node /tmp/cmpr.js ${C:-$B} $T 308 599; node /tmp/sum.js ${C:-$B} 308 599; node /tmp/sum.js $T 308 599
