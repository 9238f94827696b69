#!/bin/sh
# Old-vs-new on the four sets: seeds, the three dev stories, PolNeAR train.
# Usage: sh bench/compare_all.sh BASE_DIR NEW_DIR  (BASE_DIR holds the outputs of the untouched branch)
base=${1:-/tmp/frames_base}; new=${2:-/tmp/frames_new}
mkdir -p "$new"; rc=0
run() { claims list --seeds "$2" --format json > "$new/$1.json"; python bench/compare_outputs.py "$base/$1.json" "$new/$1.json" > "$new/$1.diff"; r=$?; echo "$1: $(tail -1 "$new/$1.diff")"; [ $r = 0 ] || rc=1; }
run seeds seeds
for s in bridge-collapse door-plug it-outage; do run "$s" "../shared/dev/stories/$s/articles"; done
run polnear /work/data/polnear-train/articles
exit $rc
