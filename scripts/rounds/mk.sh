#!/bin/bash
N=$1; B=$2; BASE=$3; KIND="$4"
cat /work/notes/brief-$B.md /work/notes/brief-common.md | sed -e "s#ROUND_DIR#/work/gold-extra$N#g" -e "s#ROUND#$N#g" -e "s#base46#$BASE#g" -e "s#baseNN#$BASE#g" \
 | KIND="$KIND" perl -pe 's/KIND/$ENV{KIND}/g' > /work/notes/h$N.md
mkdir -p /work/gold-extra$N
