#!/usr/bin/env bash
# Runs every benchmark (bench/*/run.sh) one after another and prints their tables.
# Not part of the tests: each benchmark compares us with a peer measured in the same run, as a ratio.
# Usage: bench/run.sh [name ...]   e.g. bench/run.sh extraction embeddings
set -euo pipefail
cd "$(dirname "$0")"

echo "# CareerCraft benchmarks — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -m)"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for dir in */; do [ -x "$dir/run.sh" ] && names+=("${dir%/}"); done
fi
for name in "${names[@]}"; do
  echo
  echo "## $name"
  "./$name/run.sh"
done
