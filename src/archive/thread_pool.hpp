#pragma once

#include <cstddef>
#include <functional>

namespace baocao {

// Runs job(0) … job(count - 1) on at most `threads` threads (1: in the calling thread, in
// order). Jobs are started in index order, so put the longest first. Once `stop` returns true
// no further job starts; the running ones finish. If a job throws, no further job starts and
// the first exception is rethrown after every thread has finished. Returns how many jobs ran.
std::size_t run_parallel(std::size_t count, unsigned threads,
                         const std::function<void(std::size_t)>& job,
                         const std::function<bool()>& stop = {});

}  // namespace baocao
