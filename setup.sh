#!/bin/sh
# One-step set-up for baocao on Debian bookworm: installs the Debian packages that are
# missing (with sudo when not root), configures and builds, then runs what was asked:
#   ./setup.sh build [baocao build options]   build the bundle from data/ into output/
#   ./setup.sh test [ctest options]           run the whole test suite (ASan+UBSan build, warnings
#                                             as errors), then the archive tests under TSan, then
#                                             each fuzz target for 3 seconds
#   ./setup.sh tsan                           only the archive tests under ThreadSanitizer
#   ./setup.sh fuzz [SECONDS]                 build the libFuzzer targets of fuzz/ with clang and
#                                             run each for SECONDS (default 60), one at a time
#   ./setup.sh check                          validate data/
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -eu
cd "$(dirname "$0")"
ROOT=$(pwd)

# Libraries and tools the build needs; then what the tests use to read the outputs back.
BUILD_PACKAGES="g++ cmake ninja-build pkgconf git gettext libxlsxwriter-dev libpodofo-dev libfmt-dev
  libgtest-dev libgmock-dev libtomlplusplus-dev libcli11-dev libutf8proc-dev
  libkainjow-mustache-dev libbenchmark-dev nettle-dev nlohmann-json3-dev libzip-dev libexpat1-dev
  libfreetype-dev
  fonts-liberation2 icc-profiles-free"
TEST_PACKAGES="python3 python3-openpyxl python3-docx libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils qpdf unzip
  clang libclang-rt-14-dev"

missing_packages() {
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" ||
      printf '%s\n' "$p"
  done
}

install_packages() {
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  echo "setup: installing Debian packages:" $missing
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
}

configure() {  # DIR [cmake options]
  dir=$1
  shift
  # The options go to an existing folder too, so one made before an option existed (or by
  # hand without it) still gets it; with nothing changed this only regenerates, nothing rebuilds.
  if [ -f "$dir/build.ninja" ]; then
    cmake -S "$ROOT" -B "$dir" "$@" >/dev/null
  else
    cmake -S "$ROOT" -B "$dir" -G Ninja "$@" >/dev/null
  fi
}

build_dir() {  # DIR [cmake options]: configure, then build everything
  configure "$@"
  cmake --build "$1" --parallel
}

# ThreadSanitizer over the archive stage's tests, whose writers run in parallel. Only what they
# need is built (test_archive, and the baocao and baocao-gen they run), in a folder of its own
# (TSan and ASan cannot share a build). tests/tsan.supp says what is suppressed and why.
tsan() {
  configure build-tsan -DCMAKE_BUILD_TYPE=Debug -DBAOCAO_TSAN=ON -DBAOCAO_WERROR=ON
  # GCC 12's TSan maps its shadow memory at fixed addresses; with newer kernels' wider mmap
  # randomisation (vm.mmap_rnd_bits above 28) a program may land there and die with "FATAL:
  # ThreadSanitizer: unexpected memory mapping". Without address randomisation (setarch -R,
  # inherited by every child: the test discovery at build time, ctest, the tests' `baocao`
  # runs) nothing lands there. Where setarch is refused (some containers), run as is.
  norandom=""
  if setarch "$(uname -m)" -R true 2>/dev/null; then norandom="setarch $(uname -m) -R"; fi
  $norandom cmake --build build-tsan --parallel --target test_archive baocao baocao-gen
  # The tests run `baocao` with its stderr captured, so a report would only show as exit code
  # 66: every process writes its reports to build-tsan/tsan.PID, printed when a test fails.
  cd build-tsan
  rm -f tsan.*
  options="halt_on_error=1 second_deadlock_stack=1 suppressions=$ROOT/tests/tsan.supp"
  options="$options log_path=$ROOT/build-tsan/tsan"
  if ! TSAN_OPTIONS=$options $norandom ctest --output-on-failure --parallel "$(nproc)" -L archive; then
    cat tsan.* 2>/dev/null || true
    exit 1
  fi
  cd "$ROOT"
}

# The libFuzzer targets (fuzz/CMakeLists.txt), built with clang in build-fuzz/ (only they and
# the stages they read with), then run one after the other for SECONDS each (fuzz/run.sh).
fuzz() {
  # -O1 with line tables, as libFuzzer's documentation advises: quick to build, reports with lines.
  configure build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE= \
    "-DCMAKE_CXX_FLAGS=-O1 -gline-tables-only" -DBAOCAO_FUZZ=ON -DBAOCAO_TESTS=OFF
  cmake --build build-fuzz --parallel --target fuzz
  "$ROOT/fuzz/run.sh" "$ROOT/build-fuzz" "${1:-60}"
}

cmd=${1:-build}
[ $# -gt 0 ] && shift
case "$cmd" in
  build | check)
    install_packages $BUILD_PACKAGES
    build_dir build -DCMAKE_BUILD_TYPE=Release -DBAOCAO_TESTS=OFF
    exec "$ROOT/build/baocao" "$cmd" "$@"
    ;;
  test)
    install_packages $BUILD_PACKAGES $TEST_PACKAGES
    build_dir build-test -DCMAKE_BUILD_TYPE=Debug -DBAOCAO_SANITIZE=ON -DBAOCAO_WERROR=ON
    (cd build-test && ctest --output-on-failure --parallel "$(nproc)" "$@")
    tsan
    fuzz 3
    ;;
  tsan)
    install_packages $BUILD_PACKAGES $TEST_PACKAGES
    tsan
    ;;
  fuzz)
    install_packages $BUILD_PACKAGES $TEST_PACKAGES
    fuzz "$@"
    ;;
  *)
    echo "usage: ./setup.sh build|check|test|tsan|fuzz [options]" >&2
    exit 2
    ;;
esac
