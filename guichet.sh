#!/usr/bin/env bash
# Guichet's one entry point: install dependencies, build, test, run the demo, format.
#   ./guichet.sh deps          install every Debian package the project needs (idempotent)
#   ./guichet.sh build [PRESET] configure and build (dev by default; asan, release)
#   ./guichet.sh test          everything CI runs: format check, dev build, clang-tidy, all tests,
#                              asan build + core tests under AddressSanitizer/UBSan,
#                              each libFuzzer target for GUICHET_FUZZ_SECONDS (15)
#   ./guichet.sh demo          build and start the desk (under Xvfb when there is no display)
#   ./guichet.sh format        rewrite C++ sources with clang-format
#   ./guichet.sh format-check  fail on unformatted C++ sources
#   ./guichet.sh tidy          clang-tidy over every translation unit of the dev build
#   ./guichet.sh fuzz [SECS]   build the libFuzzer targets (clang) and run each for SECS (60)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

# ccache: hash paths relative to the checkout, so that a fresh clone elsewhere (as CI makes)
# still hits the cache that survives on the machine.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

# The one list of Debian 12 packages the project needs (build, tests, demo).
DEB_PACKAGES=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config clang-format clang-tidy clang libclang-rt-14-dev
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6svg6
  # crypto, storage, smart cards
  libssl-dev libsqlcipher-dev libpcsclite-dev pcscd vsmartcard-vpcd
  # agent tokens: PKCS#11 header, OpenSC (production module, pkcs11-tool), SoftHSM2 (tests)
  libp11-kit-dev opensc softhsm2
  # tests and benchmarks
  libgtest-dev libbenchmark-dev xvfb xauth iproute2 procps
)

log() { printf '\033[1m[guichet]\033[0m %s\n' "$*" >&2; }
die() { printf '[guichet] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "installing packages needs root (or sudo): $*"
  fi
}

cmd_deps() {
  local missing=()
  for pkg in "${DEB_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    log "dependencies: all ${#DEB_PACKAGES[@]} packages present"
    return 0
  fi
  log "dependencies: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
}

cmd_build() {
  local preset="${1:-dev}"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

cpp_sources() {
  find core ui app tests -type f \( -name '*.cpp' -o -name '*.h' \) -not -path 'tests/data/*' | sort
}

cmd_format() {
  cpp_sources | xargs clang-format -i
}

cmd_format_check() {
  if ! cpp_sources | xargs clang-format --dry-run --Werror 2>/tmp/guichet-format.$$; then
    head -40 /tmp/guichet-format.$$ >&2
    rm -f /tmp/guichet-format.$$
    die "code is not formatted: run ./guichet.sh format"
  fi
  rm -f /tmp/guichet-format.$$
  log "format: clean"
}

# clang-tidy over every translation unit, one process per file (run-clang-tidy). Results are
# cached by content: a file is checked again only when it, any project header, the compile
# flags or the tidy configuration change (cache in ~/.cache/guichet-tidy, like ccache's).
cmd_tidy() {
  cmd_build dev >/dev/null
  local cache="${GUICHET_TIDY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/guichet-tidy}"
  mkdir -p "$cache"
  local context
  context=$( { clang-tidy --version; cat .clang-tidy;
               cat cmake/CompilerFlags.cmake; find core ui app tests -name '*.h' -print0 | sort -z |
               xargs -0 cat; } | sha256sum | cut -c1-64)
  local todo=() keys=() file key
  while IFS= read -r file; do
    key=$( { echo "$context"; cat "$file"; } | sha256sum | cut -c1-64)
    if [ ! -e "$cache/$key" ]; then
      todo+=("$ROOT/$file")
      keys+=("$key")
    fi
  done < <(cpp_sources | grep '\.cpp$')
  if [ "${#todo[@]}" -eq 0 ]; then
    log "tidy: clean (every file unchanged since its last clean check)"
    return 0
  fi
  log "tidy: checking ${#todo[@]} changed files"
  run-clang-tidy -quiet -p build/dev -j "$(nproc)" "${todo[@]}" >build/dev/clang-tidy.log 2>&1 || {
    grep -E "(error|warning): " build/dev/clang-tidy.log | sort -u | head -40 >&2
    die "clang-tidy found problems (full log: build/dev/clang-tidy.log)"
  }
  for key in "${keys[@]}"; do : >"$cache/$key"; done
  log "tidy: clean"
}

# Runs every fuzz target for the given seconds over its corpus (tests/fuzz/corpus/<name>,
# new inputs go to build/fuzz/corpus/<name>); any crash fails.
cmd_fuzz() {
  local seconds="${1:-60}" fuzzer name
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  for fuzzer in build/fuzz/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name="$(basename "$fuzzer")"
    mkdir -p "build/fuzz/corpus/$name" "build/fuzz/artifacts/$name"
    log "fuzz: $name for $seconds s"
    "$fuzzer" -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="build/fuzz/artifacts/$name/" \
      "build/fuzz/corpus/$name" "tests/fuzz/corpus/${name#fuzz_}" 2>&1 | tail -4
    [ "${PIPESTATUS[0]}" -eq 0 ] || die "fuzz target $name failed (see build/fuzz/artifacts/$name)"
  done
}

elapsed() { echo $(( $(date +%s) - $1 )); }

# stage LABEL COMMAND...: runs and times one step of the test run.
stage() {
  local label="$1" t
  shift
  t=$(date +%s)
  log "$label"
  "$@"
  log "$label: done in $(elapsed "$t") s"
}

cmd_test() {
  local t0
  t0=$(date +%s)
  cmd_deps
  cmd_format_check

  stage "build: dev" cmd_build dev
  stage "tidy: clang-tidy over every translation unit" cmd_tidy
  stage "test: dev (all tests)" ctest --preset dev
  stage "build: asan (core, AddressSanitizer + UBSan)" cmd_build asan
  stage "test: asan (core tests under sanitizers)" ctest --preset asan
  stage "fuzz: every target for ${GUICHET_FUZZ_SECONDS:-15} s" cmd_fuzz "${GUICHET_FUZZ_SECONDS:-15}"
  log "all tests passed in $(elapsed "$t0") s"
}

XVFB_PID=""
stop_xvfb() {
  if [ -n "$XVFB_PID" ]; then
    kill -TERM "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
  fi
}

start_xvfb() {
  local display
  for display in $(seq 90 120); do
    [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] || break
  done
  Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  trap stop_xvfb EXIT
  for _ in $(seq 1 50); do
    [ -e "/tmp/.X11-unix/X$display" ] && break
    sleep 0.1
  done
  [ -e "/tmp/.X11-unix/X$display" ] || die "Xvfb did not start"
  export DISPLAY=":$display"
  log "no display: the desk runs under Xvfb on $DISPLAY (pid $XVFB_PID)"
}

cmd_demo() {
  cmd_deps
  cmd_build dev
  local args=()
  if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)" # private (0700) runtime directory for Qt
    export XDG_RUNTIME_DIR
  fi
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    start_xvfb
    mkdir -p build/demo
    args+=(--screenshot "$ROOT/build/demo/desk.png")
    log "a screenshot of the window will be saved to build/demo/desk.png"
  fi
  if [ -n "${GUICHET_DEMO_SECONDS:-}" ]; then
    args+=(--quit-after "$(( GUICHET_DEMO_SECONDS * 1000 ))")
  fi
  log "starting the desk (close the window or press Ctrl-C to stop)"
  ./build/dev/app/desk/guichet "${args[@]}"
}

usage() {
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
}

main() {
  local command="${1:-}"
  shift || true
  case "$command" in
    deps) cmd_deps ;;
    build) cmd_deps; cmd_build "$@" ;;
    test) cmd_test ;;
    demo) cmd_demo ;;
    format) cmd_format ;;
    format-check) cmd_format_check ;;
    tidy) cmd_tidy ;;
    fuzz) cmd_fuzz "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
