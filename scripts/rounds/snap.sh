#!/bin/bash
# snap.sh NAME: a frozen copy of /work/main's build at /tmp/NAME, the build remade first (a copy of a stale dist/
# scores the sources before: the forty-fourth session's second batch did)
set -e
rm -rf /tmp/$1; mkdir -p /tmp/$1
(cd /work/main && npx tsc -p tsconfig.json)
cd /work/main && tar --exclude=./.git --exclude=./node_modules --exclude=./bench/work -cf - . | tar -xf - -C /tmp/$1
ln -sfn /work/main/node_modules /tmp/$1/node_modules
git -C /work/main rev-parse --short HEAD > /tmp/$1/REV
