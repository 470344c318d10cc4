#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace baocao {

// SHA-256 over data given in pieces (files are hashed while they are read or written).
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view bytes);
  std::string hex();  // lower-case; ends the computation

 private:
  struct State;
  std::unique_ptr<State> state_;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace baocao
