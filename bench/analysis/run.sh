#!/usr/bin/env bash
# Resume analysis benchmark: /resume/analyze and /resume/job-match latency (p50, p95) and throughput through HTTP
# against the running ML service (Release build, its own process), with a bare Kestrel endpoint as the ceiling.
# Resume: a two-page corpus resume (DOCX), extracted by the service itself. Optional arguments: seconds per cell
# (default 8) and concurrent clients for the throughput cells (default 4).
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
SECONDS_PER_CELL="${1:-8}"
CONCURRENCY="${2:-4}"
PORT="${ANALYSIS_BENCH_PORT:-5199}"
KEY="analysis-bench-signing-key-0123456789-abcdefghijklmnop"

dotnet build "$ROOT/CareerCraft.Ml/CareerCraft.Ml.csproj" -c Release -nologo -v q >/dev/null
dotnet build HttpBench/HttpBench.csproj -c Release -nologo -v q >/dev/null

# The service as deployed, minus telemetry export; the limiter is opened up so it measures the work, not the quota.
# It holds no signing key: it checks the bench's ES256 tokens against the public key set it is given.
# Once per model precision (Ml:Model:Precision), each in a fresh process so no cache carries over.
JWKS="$(dotnet HttpBench/bin/Release/net10.0/HttpBench.dll --jwks "$KEY")"
ML_PID=
trap '[ -n "$ML_PID" ] && kill "$ML_PID" 2>/dev/null || true' EXIT
for precision in ${PRECISIONS:-fp32 int8}; do
  Jwt__Jwks="$JWKS" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Ml__RateLimit__PermitsPerMinute=100000 Ml__RateLimit__Burst=10000 Ml__Model__Precision="$precision" \
    dotnet "$ROOT/CareerCraft.Ml/bin/Release/net10.0/CareerCraft.Ml.dll" --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1 &
  ML_PID=$!

  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null

  dotnet HttpBench/bin/Release/net10.0/HttpBench.dll "http://127.0.0.1:$PORT" "$KEY" \
    "$ROOT/CareerCraft.Tests/TestData/corpus/docx/rm_Vikram_Balasubramanian.docx" "$PWD/job-description.txt" \
    "$SECONDS_PER_CELL" "$CONCURRENCY" "$precision model"
  echo
  kill "$ML_PID"
  wait "$ML_PID" 2>/dev/null || true
  ML_PID=
done
