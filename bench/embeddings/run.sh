#!/usr/bin/env bash
# Embedding benchmark: ours (CareerCraft.Ml's engine) vs transformers.js vs the bare ONNX Runtime session, same model
# files, same texts, one run. Optional first argument: seconds per cell (default 6).
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_CELL="${1:-6}"

if [ ! -d node_modules/@huggingface/transformers ]; then
  npm ci --no-audit --no-fund >/dev/null
fi
if ! build_log=$(dotnet build EmbeddingBench/EmbeddingBench.csproj -c Release -nologo -v q 2>&1); then
  echo "$build_log" >&2
  exit 1
fi
echo "cores: $(nproc)"
dotnet EmbeddingBench/bin/Release/net10.0/EmbeddingBench.dll "$PWD/peer.mjs" "$SECONDS_PER_CELL"
