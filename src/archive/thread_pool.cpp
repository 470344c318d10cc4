#include "archive/thread_pool.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace baocao {

std::size_t run_parallel(std::size_t count, unsigned threads,
                         const std::function<void(std::size_t)>& job,
                         const std::function<bool()>& stop) {
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> ran{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first_error;
  std::mutex error_mutex;

  auto work = [&] {
    for (;;) {
      if (failed.load() || (stop && stop())) return;
      std::size_t index = next.fetch_add(1);
      if (index >= count) return;
      try {
        job(index);
        ran.fetch_add(1);
      } catch (...) {
        std::lock_guard lock(error_mutex);
        if (!first_error) first_error = std::current_exception();
        failed.store(true);
      }
    }
  };

  // The calling thread is one of the workers: a thread less is a malloc arena and a stack less.
  std::size_t workers = std::min<std::size_t>(std::max(threads, 1u), count);
  std::vector<std::thread> pool;
  if (workers > 1) {
    pool.reserve(workers - 1);
    try {
      for (std::size_t i = 1; i < workers; ++i) pool.emplace_back(work);
    } catch (const std::system_error&) {
      // No more threads to be had: the ones started and this one take the remaining jobs.
    }
  }
  work();
  for (auto& t : pool) t.join();
  if (first_error) std::rethrow_exception(first_error);
  return ran.load();
}

}  // namespace baocao
