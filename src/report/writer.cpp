// The output formats by name.
#include "report/report.hpp"

namespace tally {

std::unique_ptr<Writer> make_json_writer(std::ostream& os, const RunInfo& run);
std::unique_ptr<Writer> make_text_writer(std::ostream& os, bool color);
std::unique_ptr<Writer> make_sarif_writer(std::ostream& os, const RunInfo& run);
std::unique_ptr<Writer> make_html_writer(std::ostream& os, const RunInfo& run);
std::unique_ptr<Writer> make_line_writer(const std::string& format, std::ostream& os);

std::unique_ptr<Writer> make_writer(const std::string& format, std::ostream& os, const RunInfo& run, bool color) {
  if (format == "text") return make_text_writer(os, color);
  if (format == "json") return make_json_writer(os, run);
  if (format == "sarif") return make_sarif_writer(os, run);
  if (format == "html") return make_html_writer(os, run);
  return make_line_writer(format, os);
}

}  // namespace tally
