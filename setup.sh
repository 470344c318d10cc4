#!/bin/sh
# One-step set-up for baocao on Debian bookworm: installs the Debian packages that are
# missing (with sudo when not root), configures and builds, then runs what was asked:
#   ./setup.sh build [baocao build options]   build the bundle from data/ into output/
#   ./setup.sh test                           run the whole test suite (sanitizer build)
#   ./setup.sh check                          validate data/
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -eu
cd "$(dirname "$0")"
ROOT=$(pwd)

# Libraries and tools the build needs; then what the tests use to read the outputs back.
BUILD_PACKAGES="g++ cmake ninja-build pkgconf git libxlsxwriter-dev libpodofo-dev libfmt-dev
  libgtest-dev libgmock-dev libtomlplusplus-dev libcli11-dev libutf8proc-dev
  libkainjow-mustache-dev libbenchmark-dev nettle-dev nlohmann-json3-dev
  fonts-liberation2 icc-profiles-free"
TEST_PACKAGES="python3 python3-openpyxl libreoffice-calc-nogui poppler-utils qpdf unzip"

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

build_dir() {  # DIR [cmake options]: configure when needed, then build
  dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$ROOT" -B "$dir" -G Ninja "$@" >/dev/null
  fi
  cmake --build "$dir" --parallel
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
    build_dir build-test -DCMAKE_BUILD_TYPE=Debug -DBAOCAO_SANITIZE=ON
    cd build-test
    exec ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
  *)
    echo "usage: ./setup.sh build|check|test [options]" >&2
    exit 2
    ;;
esac
