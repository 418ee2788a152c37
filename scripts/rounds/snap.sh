#!/bin/bash
# snap.sh NAME: a frozen copy of /work/main's build at /tmp/NAME
set -e
rm -rf /tmp/$1; mkdir -p /tmp/$1
cd /work/main && tar --exclude=./.git --exclude=./node_modules --exclude=./bench/work -cf - . | tar -xf - -C /tmp/$1
ln -sfn /work/main/node_modules /tmp/$1/node_modules
git -C /work/main rev-parse --short HEAD > /tmp/$1/REV
