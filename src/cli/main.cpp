// Command line: tally check | figures | rules | explain. Exit codes: 0 clean, 1 findings at or
// above --fail-on, 2 usage, rule-file or unreadable-input errors.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "check/engine.hpp"
#include "check/tables.hpp"
#include "document/build.hpp"
#include "report/report.hpp"
#include "rules/loader.hpp"

namespace fs = std::filesystem;
using namespace tally;

namespace {

bool readable_ext(const fs::path& p) {
  auto e = p.extension().string();
  for (auto& ch : e) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return e == ".txt" || e == ".md" || e == ".text" || e == ".html" || e == ".htm" || e == ".docx" || e == ".xlsx";
}

// Files named on the command line, and every report (.txt .md .html .htm .docx .xlsx) below
// named directories (sorted).
std::vector<std::string> expand_inputs(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(a, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && readable_ext(it->path())) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(a);
    }
  }
  return out;
}

bool read_file(const std::string& path, std::string& bytes, std::string& err, std::size_t limit) {
  std::error_code ec;
  if (!fs::exists(path, ec)) { err = "no such file"; return false; }
  if (fs::is_directory(path, ec)) { err = "is a directory"; return false; }
  std::ifstream in(path, std::ios::binary);
  if (!in) { err = "cannot open the file (permission denied?)"; return false; }
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    bytes.append(buf, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > limit) {
      err = fmt::format("the file is larger than the limit of {} bytes (--max-bytes)", limit);
      return false;
    }
  }
  if (in.bad()) { err = "read error"; return false; }
  return true;
}

CheckedFile check_one(const std::string& path, const std::vector<RulePack>& extra, bool defaults, const Limits& limits,
                      bool& io_error, const Document* previous = nullptr) {
  CheckedFile cf;
  cf.result.path = path;
  std::string bytes, err;
  if (!read_file(path, bytes, err, limits.max_bytes)) {
    cf.result.read_failed = true;
    cf.result.error = err;
    io_error = true;
    return cf;
  }
  auto built = build_document(path, bytes, limits);
  if (auto* e = std::get_if<ReadError>(&built)) {
    cf.result.read_failed = true;
    cf.result.error = e->message;
    cf.result.error_line = static_cast<int>(e->line);
    cf.result.error_column = static_cast<int>(e->column);
    io_error = true;
    return cf;
  }
  auto doc = std::make_shared<Document>(std::move(std::get<Document>(built)));
  cf.result.encoding = doc->encoding;
  cf.result.figures = static_cast<int>(doc->figures.size());
  std::vector<const RulePack*> packs;
  if (defaults)
    for (const auto& p : embedded_packs())
      if (pack_applies(p, *doc)) packs.push_back(&p);
  for (const auto& p : extra)
    if (pack_applies(p, *doc)) packs.push_back(&p);
  for (auto* p : packs) cf.result.packs.push_back(p->name + "@" + p->version);
  check_document(*doc, packs, cf.result, previous);
  if (doc->invalid_bytes > 0) {
    Finding f;
    f.rule = "input.encoding";
    f.severity = Severity::Note;
    f.primary = {doc->first_invalid, doc->first_invalid + 1};
    f.message = fmt::format("{} 处无效字节已替换为 U+FFFD（按 {} 解码），其余内容照常检查", doc->invalid_bytes, doc->encoding);
    cf.result.findings.insert(cf.result.findings.begin(), f);
  }
  cf.doc = doc;
  return cf;
}

int severity_rank(const std::string& s) {
  if (s == "note") return 0;
  if (s == "warning") return 1;
  if (s == "error") return 2;
  return 3;  // never
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tally: checks that the figures in a report add up"};
  app.set_version_flag("--version", std::string("tally ") + TALLY_VERSION);
  app.require_subcommand(1);

  std::vector<std::string> inputs, rule_paths;
  std::string format = "text", fail_on = "error", color = "auto";
  bool no_defaults = false;
  std::size_t max_bytes = 256u << 20;

  auto* check = app.add_subcommand("check", "check reports against the rule packs");
  check->add_option("paths", inputs, "files or directories (every .txt .md .html .htm .docx .xlsx below)")->required();
  check->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));
  check->add_option("--rules", rule_paths, "extra rule pack file or directory (repeatable)");
  check->add_flag("--no-default-packs", no_defaults, "use only the packs given with --rules");
  check->add_option("--fail-on", fail_on, "lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  check->add_option("--color", color, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
  check->add_option("--max-bytes", max_bytes, "refuse documents larger than this");
  std::string previous_path;
  check->add_option("--previous", previous_path, "last year's report, for the checks across years");

  auto* figures = app.add_subcommand("figures", "list every figure extracted from a report");
  std::string fig_path;
  figures->add_option("path", fig_path, "a report")->required();
  figures->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));

  auto* rules = app.add_subcommand("rules", "list the rule packs and their checks");
  rules->add_option("--rules", rule_paths, "extra rule pack file or directory");
  auto* rollup = app.add_subcommand("rollup", "check a consolidated report's tables against the sum of the reports it consolidates");
  std::string parent_path;
  std::vector<std::string> child_paths;
  rollup->add_option("parent", parent_path, "the consolidated report")->required();
  rollup->add_option("children", child_paths, "the reports it consolidates")->required();
  rollup->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));
  auto* explain = app.add_subcommand("explain", "explain one rule: what it checks, why, and an example");
  std::string rule_id;
  explain->add_option("rule", rule_id, "rule id, e.g. shares.match-count")->required();
  explain->add_option("--rules", rule_paths, "extra rule pack file or directory");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }

  try {
    std::vector<RulePack> extra;
    for (const auto& rp : rule_paths) {
      auto r = load_pack_path(rp);
      if (auto* e = std::get_if<LoadError>(&r)) {
        std::cerr << "tally: " << e->str() << "\n";
        return 2;
      }
      for (auto& p : std::get<std::vector<RulePack>>(r)) extra.push_back(std::move(p));
    }
    const auto& builtin = embedded_packs();

    if (*rules || *explain) {
      std::vector<const RulePack*> all;
      for (auto& p : builtin) all.push_back(&p);
      for (auto& p : extra) all.push_back(&p);
      if (*rules) {
        for (auto* p : all) {
          std::cout << fmt::format("{} {} — {}\n", p->name, p->version, p->title);
          for (auto& c : p->checks)
            std::cout << fmt::format("  {:<36} {:<8} {:<14} {}\n", c.id, severity_name(c.severity), check_kind_name(c.kind),
                                     c.title.empty() ? c.description.substr(0, 60) : c.title);
        }
        return 0;
      }
      for (auto* p : all)
        for (auto& c : p->checks)
          if (c.id == rule_id) {
            std::cout << fmt::format("{}  ({} pack {}, {}, {})\n\n", c.id, p->name, p->version, check_kind_name(c.kind), severity_name(c.severity));
            if (!c.title.empty()) std::cout << c.title << "\n\n";
            std::cout << "What it checks:\n  " << c.description << "\n\n";
            if (!c.rationale.empty()) std::cout << "Why:\n  " << c.rationale << "\n\n";
            if (!c.example.empty()) std::cout << "Example:\n  " << c.example << "\n";
            return 0;
          }
      std::cerr << "tally: no rule with id '" << rule_id << "' (see 'tally rules')\n";
      return 2;
    }

    Limits limits;
    limits.max_bytes = max_bytes;
    if (*rollup) {
      auto load = [&](const std::string& path) -> std::shared_ptr<Document> {
        std::string bytes, err;
        if (!read_file(path, bytes, err, limits.max_bytes)) {
          std::cerr << "tally: " << path << ": " << err << "\n";
          return nullptr;
        }
        auto built = build_document(path, bytes, limits);
        if (auto* e = std::get_if<ReadError>(&built)) {
          std::cerr << fmt::format("tally: {}:{}:{}: {}\n", path, e->line, e->column, e->message);
          return nullptr;
        }
        return std::make_shared<Document>(std::move(std::get<Document>(built)));
      };
      auto parent = load(parent_path);
      if (!parent) return 2;
      std::vector<std::shared_ptr<Document>> kids;
      std::vector<const Document*> children;
      for (auto& c : child_paths) {
        kids.push_back(load(c));
        if (!kids.back()) return 2;
        children.push_back(kids.back().get());
      }
      CheckedFile cf;
      cf.result.path = parent_path;
      cf.result.encoding = parent->encoding;
      cf.result.figures = static_cast<int>(parent->figures.size());
      for (const auto& p : builtin)
        if (pack_applies(p, *parent) && !p.tables.empty()) {
          cf.result.packs.push_back(p.name + "@" + p.version);
          rollup_tables(*parent, children, p, cf.result);
        }
      if (cf.result.outcomes.empty()) cf.result.outcomes.push_back({"rollup", Status::Skipped, "no official table found in the consolidated report", 0});
      cf.doc = parent;
      std::vector<CheckedFile> results{cf};
      bool use_color = color == "always" || (color == "auto" && isatty(1) && !std::getenv("NO_COLOR"));
      if (format == "json") write_json(std::cout, results);
      else write_text(std::cout, results, use_color);
      return cf.result.findings.empty() ? 0 : 1;
    }
    if (*figures) {
      std::string bytes, err;
      if (!read_file(fig_path, bytes, err, limits.max_bytes)) {
        std::cerr << "tally: " << fig_path << ": " << err << "\n";
        return 2;
      }
      auto built = build_document(fig_path, bytes, limits);
      if (auto* e = std::get_if<ReadError>(&built)) {
        std::cerr << fmt::format("tally: {}:{}:{}: {}\n", fig_path, e->line, e->column, e->message);
        return 2;
      }
      const auto& doc = std::get<Document>(built);
      nlohmann::ordered_json arr = nlohmann::ordered_json::array();
      for (const auto& g : doc.figures) {
        auto lc = doc.at(g.span.begin);
        std::string section = g.heading >= 0 ? doc.slice(doc.headings[g.heading].marker) + doc.headings[g.heading].title : "";
        if (format == "json") {
          arr.push_back({{"value", g.value.str()}, {"text", doc.slice(g.span)}, {"unit", g.unit}, {"kind", kind_name(g.kind)},
                         {"approx", approx_name(g.approx)}, {"precision", g.precision}, {"label", g.label},
                         {"section", section}, {"table", g.in_table}, {"line", lc.line}, {"column", lc.column}});
        } else {
          std::cout << fmt::format("{}:{}\t{}{}\t{}\t{}{}\t{}\n", lc.line, lc.column, g.value.str(), g.kind == FigureKind::Percent ? "%" : g.unit,
                                   kind_name(g.kind), g.in_table ? "[table] " : "", g.label, section);
        }
      }
      if (format == "json") std::cout << arr.dump(2) << "\n";
      return 0;
    }

    std::vector<CheckedFile> results;
    auto files = expand_inputs(inputs);
    bool io_error = false;
    std::shared_ptr<Document> previous;
    if (!previous_path.empty()) {
      std::string bytes, err;
      if (!read_file(previous_path, bytes, err, limits.max_bytes)) {
        std::cerr << "tally: " << previous_path << ": " << err << " (--previous)\n";
        return 2;
      }
      auto built = build_document(previous_path, bytes, limits);
      if (auto* e = std::get_if<ReadError>(&built)) {
        std::cerr << fmt::format("tally: {}:{}:{}: {} (--previous)\n", previous_path, e->line, e->column, e->message);
        return 2;
      }
      previous = std::make_shared<Document>(std::move(std::get<Document>(built)));
    }
    for (const auto& f : files) results.push_back(check_one(f, extra, !no_defaults, limits, io_error, previous.get()));
    bool use_color = color == "always" || (color == "auto" && isatty(1) && !std::getenv("NO_COLOR"));
    if (format == "json") write_json(std::cout, results);
    else write_text(std::cout, results, use_color);
    for (auto& r : results)
      if (r.result.read_failed) std::cerr << "tally: " << r.result.path << ": " << r.result.error << "\n";
    int threshold = severity_rank(fail_on);
    bool failing = false;
    for (auto& r : results)
      for (auto& f : r.result.findings) failing = failing || static_cast<int>(f.severity) >= threshold;
    if (io_error) return 2;
    return failing ? 1 : 0;
  } catch (const std::exception& e) {
    std::cerr << "tally: internal error: " << e.what() << "\n";
    return 2;
  }
}
