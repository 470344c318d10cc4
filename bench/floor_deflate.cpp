// Floor (b) of issue 8, with the library the workbooks are written with: zlib's raw deflate at
// level 6 (what libxlsxwriter's minizip asks for) over each file given, one after another in
// one thread. `gzip -6` over the same files is the yardstick; gzip(1) has a deflate of
// its own, so this is the cost inside the build.
//
//   floor-deflate FILE...   prints: files=N bytes=B deflated=D seconds=S

#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

int main(int argc, char** argv) {
  std::vector<char> in(std::size_t{1} << 20), out(std::size_t{1} << 20);
  unsigned long long bytes = 0, deflated = 0;
  double seconds = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream file(argv[i], std::ios::binary);
    if (!file) {
      fmt::print(stderr, "floor-deflate: cannot read {}\n", argv[i]);
      return 1;
    }
    auto start = std::chrono::steady_clock::now();
    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 1;
    int flush = Z_NO_FLUSH;
    do {
      file.read(in.data(), static_cast<std::streamsize>(in.size()));
      z.next_in = reinterpret_cast<Bytef*>(in.data());
      z.avail_in = static_cast<uInt>(file.gcount());
      bytes += z.avail_in;
      flush = file.eof() ? Z_FINISH : Z_NO_FLUSH;
      do {
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = static_cast<uInt>(out.size());
        deflate(&z, flush);
        deflated += out.size() - z.avail_out;
      } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  fmt::print("files={} bytes={} deflated={} seconds={:.3f}\n", argc - 1, bytes, deflated, seconds);
  return 0;
}
