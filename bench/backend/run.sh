#!/usr/bin/env bash
# Backend HTTP benchmark: authenticated read and write on the embedded SQLite store against a bare Kestrel endpoint,
# plus sign-in throughput at the production BCrypt cost. Prints a markdown table.
#   SECONDS_PER_ROW (default 5), CONCURRENCY (default 16), BCRYPT_COST (default 12, the production default)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/bench/out/backend"
mkdir -p "$out"
seconds="${SECONDS_PER_ROW:-5}"
concurrency="${CONCURRENCY:-16}"
cost="${BCRYPT_COST:-12}"
backend_port=5311
peer_port=5312

dotnet build "$root/CareerCraft.Backend" -c Release -o "$out/backend" -v q -nologo >/dev/null
dotnet build "$here/BackendBench" -c Release -o "$out/bench" -v q -nologo >/dev/null

data="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

# A throwaway key for this run only; Production so the start-up checks are the real ones.
# The write row saves tens of thousands of letters for one account: the per-account quota (500) is lifted, or the
# row would time the quota's refusal.
ASPNETCORE_ENVIRONMENT=Production \
ASPNETCORE_URLS="http://127.0.0.1:$backend_port" \
Jwt__SigningKey="$(head -c 48 /dev/urandom | base64)" \
Storage__Path="$data/bench.db" \
Auth__BCryptWorkFactor="$cost" \
Auth__RateLimit__PermitLimit=1000000 \
Quotas__MaxCoverLetters=1000000 \
Ml__BaseAddress="http://127.0.0.1:9" \
Logging__LogLevel__Default=Warning \
  dotnet "$out/backend/CareerCraft.Backend.dll" >"$data/backend.log" 2>&1 &
pids+=($!)
dotnet "$out/bench/BackendBench.dll" peer --urls "http://127.0.0.1:$peer_port" >"$data/peer.log" 2>&1 &
pids+=($!)

for url in "http://127.0.0.1:$backend_port/health" "http://127.0.0.1:$peer_port/health"; do
  for _ in $(seq 1 100); do
    curl -fs "$url" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fs "$url" >/dev/null || { echo "not answering: $url" >&2; cat "$data"/*.log >&2; exit 1; }
done

dotnet "$out/bench/BackendBench.dll" load \
  --backend "http://127.0.0.1:$backend_port" --peer "http://127.0.0.1:$peer_port" \
  --seconds "$seconds" --concurrency "$concurrency" --bcrypt-cost "$cost"
