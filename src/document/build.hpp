// Turns the bytes of a file into a Document: decode, fold, outline, figures, labels, shares,
// text-table rows and prose lists.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "document/document.hpp"

namespace tally {

struct Limits {
  std::size_t max_bytes = 256u << 20;      // a larger document is refused
  std::size_t max_line = 1u << 20;         // code points in one line
  // What a document's structures take grows with its figures and lines, not only with its
  // bytes (some hundreds of bytes a figure, tens a line): each is bounded on its own.
  std::size_t max_figures = 250000;        // numbers in one document
  std::size_t max_lines = 1000000;         // lines in one document (as decoded or rendered)
};

struct ReadError {
  std::string message;
  std::uint32_t line = 0, column = 0;
};

std::variant<Document, ReadError> build_document(std::string path, std::string_view bytes,
                                                  const Limits& limits = {});

}  // namespace tally
