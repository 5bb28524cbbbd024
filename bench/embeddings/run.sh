#!/usr/bin/env bash
# Embedding benchmark: ours (CareerCraft.Ml's engine) vs transformers.js vs the bare ONNX Runtime session, fp32 and the
# build's int8 file, same model files, same texts, one run. Optional first argument: seconds per cell (default 4).
# transformers.js comes from package-lock.json (npm ci); without node/npm it is skipped and the table says so.
# "run.sh --rank" runs only the /jobs/rank ranker part (1 resume x 1,000 jobs, per precision).
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_CELL="${1:-4}"

peer="$PWD/peer.mjs"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "transformers.js peer: skipped (node and npm are not installed)" >&2
  peer=none
elif [ ! -d node_modules/@huggingface/transformers ] && ! npm ci --no-audit --no-fund --silent >&2; then
  echo "transformers.js peer: skipped (npm ci failed: the registry is unreachable or the lock file is stale)" >&2
  peer=none
fi
if ! build_log=$(dotnet build EmbeddingBench/EmbeddingBench.csproj -c Release -nologo -v q 2>&1); then
  echo "$build_log" >&2
  exit 1
fi
if [ "${1:-}" = --rank ]; then
  exec dotnet EmbeddingBench/bin/Release/net10.0/EmbeddingBench.dll --rank
fi
dotnet EmbeddingBench/bin/Release/net10.0/EmbeddingBench.dll "$peer" "$SECONDS_PER_CELL"
