#include "core/c_time.hpp"

namespace baocao {

std::shared_mutex& c_time_buffer_mutex() {
  static std::shared_mutex mutex;
  return mutex;
}

}  // namespace baocao
