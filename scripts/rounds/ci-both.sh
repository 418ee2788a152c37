#!/bin/bash
# ci-both.sh: .ci/run on a clean clone of main with ../shared beside it, then on one without it (CI unset there: with CI
# set, a missing ../shared fails the run by design, test/globalSetup.ts)
rm -rf /work/ci /tmp/cinoshared; mkdir -p /work/ci /tmp/cinoshared
git clone -q /work/main /work/ci/main
( cd /work/ci && ln -s /work/shared shared && cd main && start=$(date +%s); timeout 3000 .ci/run > /tmp/ci-with.log 2>&1; echo "rc=$? $(( $(date +%s)-start ))s" >> /tmp/ci-with.log )
git clone -q /work/main /tmp/cinoshared/main
( cd /tmp/cinoshared/main && sed 's/ CI=true//' .ci/run > .ci/run-noci && chmod +x .ci/run-noci && start=$(date +%s); timeout 3000 .ci/run-noci > /tmp/ci-without.log 2>&1; echo "rc=$? $(( $(date +%s)-start ))s" >> /tmp/ci-without.log )
{ echo "== with ../shared"; grep -E "^Tests:|^Test Suites:|rc=" /tmp/ci-with.log; echo "== without"; grep -E "^Tests:|^Test Suites:|rc=" /tmp/ci-without.log; } > /tmp/ci-both.txt
