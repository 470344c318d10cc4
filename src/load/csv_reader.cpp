#include "load/csv_reader.hpp"

#include <algorithm>
#include <cstring>

namespace baocao {

bool CsvRecord::blank() const {
  return dropped_fields == 0 && std::all_of(fields.begin(), fields.end(),
                                            [](const CsvField& f) { return f.text.empty(); });
}

CsvReader::CsvReader(ReadFn read, std::size_t chunk_size, std::size_t max_fields)
    : read_(std::move(read)),
      buffer_(std::max<std::size_t>(chunk_size, 4)),
      max_fields_(std::max<std::size_t>(max_fields, 1)) {}

bool CsvReader::fill() {
  if (eof_) return false;
  if (!started_) {
    // Read at least three bytes, so a byte-order mark split over short reads is still seen.
    std::size_t got = 0;
    while (got < 3) {
      std::size_t n = read_(buffer_.data() + got, buffer_.size() - got);
      if (n == 0) break;
      got += n;
    }
    started_ = true;
    end_ = got;
    pos_ = got >= 3 && std::memcmp(buffer_.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (pos_ < end_) return true;
    if (got < 3) {  // nothing but (part of) a byte-order mark, and then the end
      eof_ = true;
      return false;
    }
  }
  std::size_t n = read_(buffer_.data(), buffer_.size());
  if (n == 0) {
    eof_ = true;
    return false;
  }
  pos_ = 0;
  end_ = n;
  return true;
}

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

}  // namespace

void CsvReader::end_field(CsvRecord& record, bool quoted) {
  if (record.fields.size() == max_fields_) {
    ++record.dropped_fields;
    storage_.resize(field_begin_);
    return;
  }
  std::size_t end = storage_.size();
  if (!quoted)
    while (end > field_begin_ && is_blank(storage_[end - 1])) --end;
  spans_.emplace_back(field_begin_, end);
  record.fields.push_back({{}, field_line_, quoted});
  field_begin_ = storage_.size();
}

bool CsvReader::next(CsvRecord& record) {
  record.fields.clear();
  record.dropped_fields = 0;
  record.problems.clear();
  storage_.clear();
  spans_.clear();
  field_begin_ = 0;

  enum class State { start, unquoted, quoted, quote_seen, after_quote };
  State state = State::start;
  bool any = false;            // a byte of this record has been consumed
  bool prev_cr = false;        // inside quotes: the last byte was CR (CRLF is one line break)
  bool quote_problem = false;  // one quote problem per field is enough
  field_line_ = line_;
  record.line = line_;

  auto problem = [&](CsvProblemKind kind) {
    if (quote_problem) return;
    quote_problem = true;
    record.problems.push_back(
        {kind, field_line_, static_cast<std::uint32_t>(record.field_count() + 1)});
  };
  auto start_field = [&] {
    state = State::start;
    field_line_ = line_;
    quote_problem = false;
  };
  auto finish = [&] {
    for (std::size_t i = 0; i < spans_.size(); ++i)
      record.fields[i].text =
          std::string_view(storage_).substr(spans_[i].first, spans_[i].second - spans_[i].first);
    return true;
  };

  for (;;) {
    if (pos_ == end_ && !fill()) {
      // End of input.
      if (!any) return false;
      if (state == State::quoted) {
        record.problems.push_back({CsvProblemKind::unclosed_quote, field_line_,
                                   static_cast<std::uint32_t>(record.field_count() + 1)});
      }
      end_field(record, state == State::quoted || state == State::quote_seen ||
                            state == State::after_quote);
      return finish();
    }
    if (pending_cr_) {
      pending_cr_ = false;
      if (buffer_[pos_] == '\n') {
        ++pos_;
        continue;
      }
    }
    char c = buffer_[pos_++];
    any = true;
    switch (state) {
      case State::start:
        if (is_blank(c)) break;  // leading spaces: dropped, whether or not a quote follows
        if (c == '"') {
          state = State::quoted;
          prev_cr = false;
          break;
        }
        state = State::unquoted;
        [[fallthrough]];
      case State::unquoted:
        if (c == ',') {
          end_field(record, false);
          start_field();
        } else if (c == '\n' || c == '\r') {
          ++line_;
          pending_cr_ = c == '\r';
          end_field(record, false);
          return finish();
        } else {
          if (c == '"') problem(CsvProblemKind::quote_in_field);
          storage_.push_back(c);
          // Copy the rest of an ordinary run at once: most bytes of a file are here.
          while (pos_ < end_) {
            char d = buffer_[pos_];
            if (d == ',' || d == '\n' || d == '\r' || d == '"') break;
            storage_.push_back(d);
            ++pos_;
          }
        }
        break;
      case State::quoted:
        if (c == '"') {
          state = State::quote_seen;
        } else {
          if (c == '\r' || (c == '\n' && !prev_cr)) ++line_;
          prev_cr = c == '\r';
          storage_.push_back(c);
        }
        break;
      case State::quote_seen:
        if (c == '"') {  // a doubled quote stands for one
          storage_.push_back('"');
          state = State::quoted;
          prev_cr = false;
          break;
        }
        state = State::after_quote;
        [[fallthrough]];
      case State::after_quote:
        if (c == ',') {
          end_field(record, true);
          start_field();
        } else if (c == '\n' || c == '\r') {
          ++line_;
          pending_cr_ = c == '\r';
          end_field(record, true);
          return finish();
        } else if (!is_blank(c)) {
          problem(CsvProblemKind::text_after_quote);
          storage_.push_back(c);
        }
        break;
    }
  }
}

}  // namespace baocao
