// Number extraction: finds every number in the folded text and classifies it (count, share,
// money, year, date, document number, phone, ordinal, name) with unit, precision and bounds.
#pragma once
#include <vector>

#include "document/document.hpp"

namespace tally {

// Appends the figures found in doc.folded to doc.figures, in text order. Heading markers
// (doc.headings) are skipped. Stops, returning false, once doc.figures holds more than
// `max_figures`.
bool extract_numbers(Document& doc, std::size_t max_figures = static_cast<std::size_t>(-1));

// Whether `c` (folded) is a unit of one character the figures are read with (件, 条, 场, 期, 元 …):
// what a number written apart from its words may be followed by. The readers of a line's shape
// ask it, so that they know the units the figures are read with, not a list of their own.
bool is_one_char_unit(char32_t c);

// Value of a Chinese numeral such as 十二, 两, 三百零五; -1 when not a well-formed numeral.
long long chinese_numeral_value(std::u32string_view s);

}  // namespace tally
