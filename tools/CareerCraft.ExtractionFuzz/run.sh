#!/usr/bin/env bash
# Mutation fuzzing of the ML service's extraction (issue 10): builds the ML service and this tool in Release, starts
# the service on a loopback port, and posts CASES mutated corpus files (default 10,000) within SECONDS (default 1,800)
# from two clients while a canary sends a normal resume every second. Prints the report; exits 1 on any finding
# (5xx, dropped connection, 4xx without ProblemDetails, a dead service, /alive failing). Extra arguments pass through,
# e.g. --seed 7 --findings /tmp/findings --report /tmp/fuzz.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release CareerCraft.Ml -nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build -c Release tools/CareerCraft.ExtractionFuzz -nologo -v q -clp:ErrorsOnly >/dev/null
exec dotnet tools/CareerCraft.ExtractionFuzz/bin/Release/net10.0/CareerCraft.ExtractionFuzz.dll \
  --cases "${CASES:-10000}" --seconds "${SECONDS_BUDGET:-1800}" "$@"
