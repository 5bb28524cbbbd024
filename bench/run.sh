#!/usr/bin/env bash
# Runs every benchmark (bench/*/run.sh) one after another and prints their tables.
# Not part of the tests: each benchmark compares us with a peer measured in the same run, as a ratio.
# Each benchmark installs or skips (saying so) the peers it lacks; one that fails does not stop the others, and the
# run then ends with a non-zero status naming it.
# Usage: bench/run.sh [name ...]   e.g. bench/run.sh extraction embeddings
set -uo pipefail
cd "$(dirname "$0")"

machine() { echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(uname -m)"; }

echo "# CareerCraft benchmarks — $(date -u +%Y-%m-%dT%H:%MZ)"
machine
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for dir in */; do [ -x "$dir/run.sh" ] && names+=("${dir%/}"); done
fi
failed=()
for name in "${names[@]}"; do
  echo
  echo "## $name"
  machine
  echo
  if [ "$name" = gpu ] && ! command -v nvidia-smi >/dev/null; then
    echo "skipped: no NVIDIA driver (nvidia-smi) on this machine"
    continue
  fi
  "./$name/run.sh" || failed+=("$name (exit $?)")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo
  echo "failed: ${failed[*]}"
  exit 1
fi
