#!/usr/bin/env bash
# GPU proof for a machine with an NVIDIA GPU (issue 13): builds the ML service with -p:MlGpu=true, runs the embedding
# agreement tests on CUDA (identical token ids, cosine >= 0.9999 with the reference fixture) and the embeddings
# benchmark CUDA vs CPU (texts/s at batch 1 and 32, sentences and passages). Prints one markdown report.
#
# Needs: an NVIDIA driver >= 580 (CUDA 13), the .NET SDK of global.json, NuGet access or a NuGet cache holding
# Microsoft.ML.OnnxRuntime.Gpu 1.31.0 (NUGET_PACKAGES), and CUDA 13 + cuDNN 9 libraries on the loader path; when
# those are missing and pip is there, the NVIDIA wheels are installed under bench/gpu/.cuda. Aim: under 8 minutes on a
# fresh machine (most of it restore and build). Usage: bench/gpu/run.sh [seconds-per-benchmark-cell, default 4]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-4}"
artifacts="$here/.artifacts"     # its own restore and output: a CPU build of the checkout is left alone
started=$(date +%s)
log() { echo "[$(( $(date +%s) - started ))s] $*" >&2; }

# 1. The driver: CUDA 13 needs the 580 branch or newer.
command -v nvidia-smi >/dev/null || { echo "no nvidia-smi: this machine has no NVIDIA driver" >&2; exit 2; }
driver="$(nvidia-smi --query-gpu=driver_version --format=csv,noheader | head -1)"
gpu="$(nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | head -1)"
if (( ${driver%%.*} < 580 )); then
  echo "NVIDIA driver $driver is older than 580, the minimum for CUDA 13 (Microsoft.ML.OnnxRuntime.Gpu 1.31.0)" >&2
  exit 2
fi
log "GPU: $gpu, driver $driver"

# 2. CUDA 13 and cuDNN 9 user-space libraries (what libonnxruntime_providers_cuda.so loads).
needed=(libcudart.so.13 libcublas.so.13 libcublasLt.so.13 libcurand.so.10 libcufft.so.12 libcudnn.so.9)
missing() {
  local lib
  for lib in "${needed[@]}"; do
    if ! ldconfig -p | grep -q "$lib" && ! compgen -G "$here/.cuda/nvidia/*/lib/$lib*" >/dev/null; then echo "$lib"; fi
  done
}
if [ -n "$(missing)" ]; then
  command -v pip >/dev/null || command -v pip3 >/dev/null || {
    echo "missing CUDA libraries: $(missing | tr '\n' ' ')and no pip to install NVIDIA's wheels" >&2; exit 2; }
  log "installing NVIDIA's CUDA 13 / cuDNN 9 wheels under bench/gpu/.cuda"
  "$(command -v pip || command -v pip3)" install --quiet --target "$here/.cuda" \
    "nvidia-cuda-runtime>=13,<14" "nvidia-cublas>=13,<14" "nvidia-curand>=10.4,<11" "nvidia-cufft>=12,<13" \
    "nvidia-nvjitlink>=13,<14" "nvidia-cudnn-cu13>=9,<10"
fi
if [ -d "$here/.cuda/nvidia" ]; then
  LD_LIBRARY_PATH="$(find "$here/.cuda/nvidia" -maxdepth 2 -type d -name lib | paste -sd:)${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  export LD_LIBRARY_PATH
fi
[ -z "$(missing)" ] || { echo "still missing: $(missing | tr '\n' ' ')" >&2; exit 2; }

# 3. Agreement on CUDA. Ml:ExecutionProvider=Cuda has no CPU fallback (only Auto falls back), so passing tests ran on the GPU.
cd "$root"
log "building the tests with -p:MlGpu=true"
dotnet build CareerCraft.Tests -p:MlGpu=true --artifacts-path "$artifacts" -nologo -v q
log "embedding agreement on CUDA"
agreement="$(Ml__ExecutionProvider=Cuda dotnet test CareerCraft.Tests --no-build -p:MlGpu=true --artifacts-path "$artifacts" \
  --filter "FullyQualifiedName~EmbeddingAgreementTests|FullyQualifiedName~TokenizerAgreementTests" --logger "console;verbosity=minimal" 2>&1)" || {
  echo "$agreement" >&2; echo "agreement tests failed on CUDA" >&2; exit 1; }
summary="$(grep -E "(Passed|Failed)!" <<<"$agreement" | tail -1)"

# 4. Throughput, CUDA vs CPU, same build, same process.
log "embeddings benchmark CUDA vs CPU"
dotnet build bench/embeddings/EmbeddingBench -c Release -p:MlGpu=true --artifacts-path "$artifacts" -nologo -v q
bench_dll="$(find "$artifacts/bin/EmbeddingBench" -name EmbeddingBench.dll -path '*release*' | head -1)"
table="$(cd "$(dirname "$bench_dll")" && dotnet "$bench_dll" --providers "$seconds")"

echo "# GPU proof — $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| what | value |"
echo "|---|---|"
echo "| GPU | $gpu |"
echo "| driver | $driver |"
echo "| CPU cores | $(nproc) |"
echo "| agreement tests on CUDA (ids identical, cosine >= 0.9999) | ${summary:-see log} |"
echo "| wall time of this script | $(( $(date +%s) - started )) s |"
echo
echo "$table"
