#include "archive/thread_pool.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace baocao {
namespace {

TEST(ThreadPool, RunsEveryJobExactlyOnce) {
  std::vector<std::atomic<int>> runs(200);
  std::size_t ran = run_parallel(runs.size(), 4, [&](std::size_t i) { ++runs[i]; });
  EXPECT_EQ(ran, runs.size());
  for (std::size_t i = 0; i < runs.size(); ++i) EXPECT_EQ(runs[i].load(), 1) << i;
}

TEST(ThreadPool, NoJobsIsFine) {
  EXPECT_EQ(run_parallel(0, 4, [](std::size_t) { FAIL(); }), 0u);
}

TEST(ThreadPool, OneThreadRunsInOrderOnTheCallingThread) {
  std::vector<std::size_t> order;
  std::vector<std::thread::id> threads;
  run_parallel(5, 1, [&](std::size_t i) {
    order.push_back(i);
    threads.push_back(std::this_thread::get_id());
  });
  EXPECT_THAT(order, ::testing::ElementsAre(0, 1, 2, 3, 4));
  for (auto id : threads) EXPECT_EQ(id, std::this_thread::get_id());
}

TEST(ThreadPool, RunsJobsAtTheSameTimeButNeverMoreThanAsked) {
  std::mutex m;
  std::condition_variable cv;
  int running = 0, most = 0, started = 0;
  run_parallel(12, 3, [&](std::size_t) {
    std::unique_lock lock(m);
    ++running;
    ++started;
    most = std::max(most, running);
    cv.notify_all();
    // The first jobs wait for each other: only concurrent threads get past this.
    cv.wait_for(lock, std::chrono::seconds(5), [&] { return started >= 3; });
    --running;
  });
  EXPECT_EQ(most, 3);
}

// Two workers are the calling thread and one more: a thread that only waited would cost a
// stack and a malloc arena (a town build's peak memory is mostly such fixed costs).
TEST(ThreadPool, TheCallingThreadIsOneOfTheWorkers) {
  std::mutex m;
  std::condition_variable cv;
  int started = 0;
  std::vector<std::thread::id> ids;
  run_parallel(2, 2, [&](std::size_t) {
    std::unique_lock lock(m);
    ids.push_back(std::this_thread::get_id());
    ++started;
    cv.notify_all();
    cv.wait_for(lock, std::chrono::seconds(5), [&] { return started >= 2; });
  });
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_NE(ids[0], ids[1]);
  EXPECT_THAT(ids, ::testing::Contains(std::this_thread::get_id()));
}

TEST(ThreadPool, StopPreventsFurtherJobs) {
  std::atomic<bool> stop{false};
  std::vector<std::size_t> ran;
  std::size_t count = run_parallel(
      10, 1,
      [&](std::size_t i) {
        ran.push_back(i);
        if (i == 3) stop = true;
      },
      [&] { return stop.load(); });
  EXPECT_EQ(count, 4u);
  EXPECT_THAT(ran, ::testing::ElementsAre(0, 1, 2, 3));
}

TEST(ThreadPool, AThrowingJobStopsNewJobsAndIsRethrown) {
  std::vector<std::size_t> ran;
  EXPECT_THROW(run_parallel(10, 1,
                            [&](std::size_t i) {
                              ran.push_back(i);
                              if (i == 2) throw std::runtime_error("boom");
                            }),
               std::runtime_error);
  EXPECT_THAT(ran, ::testing::ElementsAre(0, 1, 2));
  EXPECT_THROW(run_parallel(50, 4,
                            [](std::size_t i) {
                              if (i == 7) throw std::logic_error("x");
                            }),
               std::logic_error);
}

}  // namespace
}  // namespace baocao
