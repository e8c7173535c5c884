// Command line: tally check | figures | rules | explain | rollup. Exit codes: 0 clean, 1 findings
// at or above --fail-on, 2 usage, configuration, rule-file or unreadable-input errors.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fnmatch.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "check/engine.hpp"
#include "check/tables.hpp"
#include "cli/config.hpp"
#include "document/build.hpp"
#include "report/report.hpp"
#include "rules/embedded.hpp"
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
// named directories, sorted, filtered by the include and exclude globs. Directory symlinks are
// not followed, so a link loop cannot make the walk endless.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args, const std::vector<std::string>& include,
                                       const std::vector<std::string>& exclude) {
  std::vector<std::string> out;
  auto wanted = [&](const std::string& p) {
    for (auto& x : exclude)
      if (path_glob(x, p)) return false;
    if (include.empty()) return true;
    return std::any_of(include.begin(), include.end(), [&](auto& g) { return path_glob(g, p); });
  };
  for (const auto& a : args) {
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(a, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && readable_ext(it->path()) && wanted(it->path().string())) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(a);  // named explicitly: checked whatever its name
    }
  }
  return out;
}

bool read_file(const std::string& path, std::string& bytes, std::string& err, std::size_t limit) {
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec || !fs::exists(st)) { err = "no such file"; return false; }
  if (fs::is_directory(st)) { err = "is a directory"; return false; }
  if (!fs::is_regular_file(st)) { err = "not a regular file (a pipe, socket or device is not read)"; return false; }
  std::ifstream in(path, std::ios::binary);
  if (!in) { err = "cannot open the file (permission denied?)"; return false; }
  // Room for the whole file at once (up to the limit): grown by doubling, the string may hold
  // twice the file, and three times while it moves.
  if (auto size = fs::file_size(path, ec); !ec) bytes.reserve(static_cast<std::size_t>(std::min<std::uintmax_t>(size, limit) + 1));
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

std::shared_ptr<Document> load_document(const std::string& path, const Limits& limits, std::string& err, int& line, int& column) {
  std::string bytes;
  if (!read_file(path, bytes, err, limits.max_bytes)) return nullptr;
  auto built = build_document(path, bytes, limits);
  if (auto* e = std::get_if<ReadError>(&built)) {
    err = e->message;
    line = static_cast<int>(e->line);
    column = static_cast<int>(e->column);
    return nullptr;
  }
  return std::make_shared<Document>(std::move(std::get<Document>(built)));
}

int severity_rank(const std::string& s) {
  if (s == "note") return 0;
  if (s == "warning") return 1;
  if (s == "error") return 2;
  return 3;  // never
}

struct Checker {
  std::vector<const RulePack*> packs;
  Limits limits;
  const Document* previous = nullptr;
  const Config* config = nullptr;

  // A file that trips a bug ends as that file's error (exit 2, named in the output), not as an
  // abort of the whole batch from a worker thread.
  CheckedFile run(const std::string& path) const {
    try {
      return run_unguarded(path);
    } catch (const std::exception& e) {
      CheckedFile cf;
      cf.result.path = path;
      cf.result.read_failed = true;
      cf.result.error = fmt::format("internal error while checking this file ({}); please report it with the file", e.what());
      return cf;
    }
  }

  CheckedFile run_unguarded(const std::string& path) const {
    CheckedFile cf;
    cf.result.path = path;
    auto doc = load_document(path, limits, cf.result.error, cf.result.error_line, cf.result.error_column);
    if (!doc) {
      cf.result.read_failed = true;
      return cf;
    }
    cf.result.encoding = doc->encoding;
    cf.result.figures = static_cast<int>(doc->figures.size());
    const text::PairIndex pairs = text_pairs(*doc);  // (for the searches of the whole text)
    std::vector<const RulePack*> applied = packs_applying(packs, *doc, &pairs);
    for (auto*& p : applied) p = &embedded_whole(*p);  // (a built-in pack's head: the pack)
    for (auto* p : applied) cf.result.packs.push_back(p->name + "@" + p->version);
    // Last year's report: --previous for every file, else the configuration's mapping.
    const Document* last_year = previous;
    std::shared_ptr<Document> mapped;
    if (!last_year && config && !config->previous.empty()) {
      std::string prev_path = previous_for(*config, path);
      if (!prev_path.empty()) {
        std::string err;
        int line = 0, column = 0;
        mapped = load_document(prev_path, limits, err, line, column);
        if (mapped) {
          last_year = mapped.get();
          cf.result.previous = prev_path;
        } else {
          Finding f;
          f.rule = "config.previous";
          f.severity = Severity::Warning;
          f.primary = {0, 0};
          f.message = fmt::format("上一年度报告 {} 无法读取（{}，配置文件 {} 的 previous 项）；跨年度检查未核对", prev_path, err, config->file);
          cf.result.findings.push_back(f);
        }
      }
    }
    if (last_year && cf.result.previous.empty()) cf.result.previous = last_year->path;
    check_document(*doc, applied, cf.result, last_year, &pairs);
    if (doc->invalid_bytes > 0) {
      Finding f;
      f.rule = "input.encoding";
      f.severity = Severity::Note;
      f.primary = {doc->first_invalid, doc->first_invalid + 1};
      f.message = fmt::format("{} 处无效字节已替换为 U+FFFD（按 {} 解码），其余内容照常检查", doc->invalid_bytes, doc->encoding);
      cf.result.findings.insert(cf.result.findings.begin(), f);
    }
    cf.doc = doc;
    assign_fingerprints(cf);
    if (config) apply_config(cf);
    return cf;
  }

  // Severity overrides and the ignore list of the configuration.
  void apply_config(CheckedFile& cf) const {
    auto& fs = cf.result.findings;
    for (auto& f : fs) {
      auto it = config->severity.find(f.rule);
      if (it != config->severity.end() && it->second != "off")
        f.severity = it->second == "error" ? Severity::Error : it->second == "warning" ? Severity::Warning : Severity::Note;
      for (auto& ig : config->ignore) {
        if (fnmatch(ig.rule.c_str(), f.rule.c_str(), 0) != 0 || !path_glob(ig.path, cf.result.path)) continue;
        if (!ig.figure.empty() && ig.figure != f.fingerprint && (!cf.doc || ig.figure != cf.doc->slice(f.primary))) continue;
        f.suppressed = true;
        f.justification = ig.justification;
        break;
      }
    }
    auto off = [&](std::string_view rule) {
      auto it = config->severity.find(rule);  // (a view: no copy of the id for every outcome)
      return it != config->severity.end() && it->second == "off";
    };
    fs.erase(std::remove_if(fs.begin(), fs.end(), [&](const Finding& f) { return off(f.rule); }), fs.end());
    // The audit record still shows how the rule came out, and why nothing of it is reported.
    for (auto& o : cf.result.outcomes)
      if (off(o.rule)) o.reason += (o.reason.empty() ? "" : "; ") + std::string("not reported: severity off in the configuration");
  }
};

// Checks `files` on `jobs` threads (this one included) and hands the results to `sink` in input
// order, holding at most a window of finished files in memory. Each file's output is made on the
// thread that checked it, when the format allows, and its document released there.
template <typename Sink>
void check_all(const std::vector<std::string>& files, const Checker& checker, const Writer& writer, unsigned jobs, bool progress, Sink sink) {
  auto check = [&](const std::string& path) {
    CheckedFile cf = checker.run(path);
    writer.render(cf);
    if (cf.rendered) {
      cf.doc.reset();
      cf.result.outcomes = {};
    }
    return cf;
  };
  // The window: how far checking may run ahead of writing, in files. It bounds the results held
  // in flight, each with its document when the format did not render it on its thread, so it
  // stays small: a thread kept off its core by another process lets the other fill it and sleep,
  // which a larger window would hide at the cost of memory with large files.
  const std::size_t n = files.size(), window = 16 * std::max(1u, jobs);
  auto start = std::chrono::steady_clock::now();
  auto last_shown = start;
  std::size_t findings = 0;
  bool shown = false;
  auto deliver = [&](std::size_t i, const CheckedFile& cf) {
    findings += cf.result.findings.size();
    sink(cf);
    auto now = std::chrono::steady_clock::now();
    if (progress && now - start > std::chrono::seconds(1) && now - last_shown > std::chrono::milliseconds(100)) {
      std::cerr << fmt::format("\r{}/{} files, {} findings", i + 1, n, findings) << std::flush;
      last_shown = now;
      shown = true;
    }
  };
  if (jobs <= 1) {  // no thread to start or wake for every file
    for (std::size_t i = 0; i < n; ++i) deliver(i, check(files[i]));
    if (shown) std::cerr << "\r\x1b[K" << std::flush;
    return;
  }
  // A file's result is freed on the thread that made it: the main thread hands what it wrote
  // back to that worker, which drops it when it next takes a file. Freed on the main thread, the
  // blocks went to its allocator lists and were written again there while the other core still
  // held them, and the worker's lists ran dry and went to malloc.
  struct Done {
    CheckedFile cf;
    unsigned by = 0;  // 0: this thread; k: worker k
  };
  std::vector<std::optional<Done>> slots(n);
  std::vector<std::vector<CheckedFile>> spent(jobs);
  std::mutex mu;
  std::condition_variable ready, room;
  std::size_t next = 0, written = 0;
  auto worker = [&](unsigned k) {
    std::vector<CheckedFile> drop;
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mu);
        room.wait(lock, [&] { return next >= n || next < written + window; });
        drop.swap(spent[k]);
        if (next >= n) return;
        i = next++;
      }
      drop.clear();
      auto cf = check(files[i]);
      {
        std::lock_guard lock(mu);
        slots[i].emplace(Done{std::move(cf), k});
      }
      ready.notify_all();
    }
  };
  // jobs − 1 workers; this thread checks files too whenever the next one to write is not ready.
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < jobs; ++k) pool.emplace_back(worker, k);
  for (std::size_t i = 0; i < n; ++i) {
    Done done;
    for (;;) {
      std::unique_lock lock(mu);
      if (slots[i].has_value()) {
        done = std::move(*slots[i]);
        slots[i].reset();
        written = i + 1;
        break;
      }
      if (next < n && next < written + window) {
        std::size_t j = next++;
        lock.unlock();
        auto mine = check(files[j]);
        lock.lock();
        slots[j].emplace(Done{std::move(mine), 0});
        continue;
      }
      ready.wait(lock, [&] { return slots[i].has_value(); });
    }
    room.notify_all();
    deliver(i, done.cf);
    if (done.by != 0) {
      std::lock_guard lock(mu);
      spent[done.by].push_back(std::move(done.cf));
    }
  }
  for (auto& t : pool) t.join();
  if (shown) std::cerr << "\r\x1b[K" << std::flush;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tally: checks that the figures in a report add up"};
  app.set_version_flag("--version", std::string("tally ") + TALLY_VERSION);
  app.require_subcommand(1);

  std::vector<std::string> inputs, rule_paths, include, exclude;
  std::string format = "text", fail_on, color = "auto", output, config_path, previous_path;
  bool no_defaults = false, quiet = false;
  const Limits defaults;
  std::size_t max_bytes = defaults.max_bytes, max_figures = defaults.max_figures, max_lines = defaults.max_lines;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  const auto formats = {"text", "json", "gnu", "github", "csv", "summary", "sarif", "html"};

  auto* check = app.add_subcommand("check", "check reports against the rule packs");
  check->add_option("paths", inputs, "files or directories (every .txt .md .html .htm .docx .xlsx below)")->required();
  check->add_option("--format", format, "text, json, gnu, github, csv, summary, sarif or html")->check(CLI::IsMember(formats));
  check->add_option("-o,--output", output, "write the report to this file instead of standard output");
  check->add_option("--rules", rule_paths, "extra rule pack file or directory (repeatable)")->allow_extra_args(false);
  check->add_flag("--no-default-packs", no_defaults, "use only the packs given with --rules");
  check->add_option("--fail-on", fail_on, "lowest severity that makes the exit status 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  check->add_option("--color", color, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
  // The limits on one document, for each command that reads documents (bytes, figures, lines).
  auto add_limits = [&](CLI::App* sub) {
    return std::array<CLI::Option*, 3>{
        sub->add_option("--max-bytes", max_bytes, "refuse documents larger than this"),
        sub->add_option("--max-figures", max_figures, "refuse documents with more figures than this")->check(CLI::PositiveNumber),
        sub->add_option("--max-lines", max_lines, "refuse documents with more lines than this")->check(CLI::PositiveNumber)};
  };
  const auto check_limits = add_limits(check);
  check->add_option("--previous", previous_path, "last year's report, for the checks across years");
  check->add_option("-j,--jobs", jobs, "files checked in parallel (default: the number of cores)")->check(CLI::Range(1u, 256u));
  check->add_flag("-q,--quiet", quiet, "no progress line on the terminal");
  check->add_option("--config", config_path, "configuration file (default: the nearest .tally.yaml above the working directory)");
  check->add_option("--include", include, "only files matching this glob, in directories (repeatable)")->allow_extra_args(false);
  check->add_option("--exclude", exclude, "skip files matching this glob, in directories (repeatable)")->allow_extra_args(false);

  auto* figures = app.add_subcommand("figures", "list every figure extracted from a report");
  std::string fig_path;
  figures->add_option("path", fig_path, "a report")->required();
  figures->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));
  add_limits(figures);

  auto* rules = app.add_subcommand("rules", "list the rule packs and their checks");
  rules->add_option("--rules", rule_paths, "extra rule pack file or directory");
  auto* rollup = app.add_subcommand("rollup", "check a consolidated report's tables against the sum of the reports it consolidates");
  std::string parent_path;
  std::vector<std::string> child_paths;
  rollup->add_option("parent", parent_path, "the consolidated report")->required();
  rollup->add_option("children", child_paths, "the reports it consolidates")->required();
  rollup->add_option("--format", format, "text, json, gnu, github, csv, summary, sarif or html")->check(CLI::IsMember(formats));
  add_limits(rollup);
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
    Config config;
    if (*check) {
      if (auto err = load_config(config_path, config)) {
        std::cerr << "tally: " << *err << "\n";
        return 2;
      }
      for (auto& r : config.rules) rule_paths.push_back(r);
      include.insert(include.end(), config.include.begin(), config.include.end());
      exclude.insert(exclude.end(), config.exclude.begin(), config.exclude.end());
      if (fail_on.empty()) fail_on = config.fail_on.empty() ? "error" : config.fail_on;
      // The command line's limits override the configuration's.
      if (config.max_bytes && check_limits[0]->count() == 0) max_bytes = *config.max_bytes;
      if (config.max_figures && check_limits[1]->count() == 0) max_figures = *config.max_figures;
      if (config.max_lines && check_limits[2]->count() == 0) max_lines = *config.max_lines;
    }
    std::vector<RulePack> extra;
    for (const auto& rp : rule_paths) {
      auto r = load_pack_path(rp);
      if (auto* e = std::get_if<LoadError>(&r)) {
        std::cerr << "tally: " << e->str() << "\n";
        return 2;
      }
      for (auto& p : std::get<std::vector<RulePack>>(r)) extra.push_back(std::move(p));
    }
    if (*rules || *explain) {
      std::vector<const RulePack*> all;
      for (auto& p : embedded_packs()) all.push_back(&p);
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
    limits.max_figures = max_figures;
    limits.max_lines = max_lines;
    if (*figures) {
      std::string err;
      int line = 0, column = 0;
      auto doc = load_document(fig_path, limits, err, line, column);
      if (!doc) {
        std::cerr << fmt::format("tally: {}:{}:{}: {}\n", fig_path, std::max(line, 1), std::max(column, 1), err);
        return 2;
      }
      nlohmann::ordered_json arr = nlohmann::ordered_json::array();
      for (const auto& g : doc->figures) {
        auto l = doc->location(g.span);
        std::string section = g.heading >= 0 ? doc->slice(doc->headings[g.heading].marker) + doc->headings[g.heading].title : "";
        if (format == "json") {
          nlohmann::ordered_json j = {{"value", g.value.str()}, {"text", doc->slice(g.span)}, {"unit", g.unit}, {"kind", kind_name(g.kind)},
                                      {"approx", approx_name(g.approx)}, {"precision", g.precision}, {"label", g.label},
                                      {"section", section}, {"table", g.in_table}, {"line", l.line}, {"column", l.column}};
          if (!l.cell.empty()) j["cell"] = l.cell;
          arr.push_back(j);
        } else {
          std::cout << fmt::format("{}:{}\t{}{}\t{}\t{}{}\t{}{}\n", l.line, l.column, g.value.str(), g.kind == FigureKind::Percent ? "%" : g.unit,
                                   kind_name(g.kind), g.in_table ? "[table] " : "", g.label, section, l.cell.empty() ? "" : "\t" + l.cell);
        }
      }
      if (format == "json") std::cout << arr.dump(2) << "\n";
      return 0;
    }

    // The packs in use: the built-in ones (or those the configuration names), then extra ones;
    // the configuration's rounding policy applies to every share check. (The built-in packs are
    // used where they are, and copied only for that policy: a copy of all their strings cost a
    // sixth of checking one report, in every process.)
    // (Of the built-in packs only their heads, until one applies to a report, unless every
    // check is wanted from the start: the SARIF's list of rules, a rounding policy's copies, a
    // roll-up's tables.)
    const bool whole = format == "sarif" || !config.rounding.empty() || *rollup;
    const auto& builtin = whole ? embedded_packs() : embedded_pack_heads();
    std::vector<RulePack> owned;  // the extra packs, and the built-in ones given another rounding
    owned.reserve(builtin.size() + extra.size());  // (never moved: `active` points into it)
    std::vector<const RulePack*> active;
    auto own = [&](RulePack p) {
      owned.push_back(std::move(p));
      active.push_back(&owned.back());
    };
    if (!no_defaults) {
      for (const auto& p : builtin)
        if (!config.packs || std::find(config.packs->begin(), config.packs->end(), p.name) != config.packs->end()) {
          if (config.rounding.empty()) active.push_back(&p);
          else own(p);
        }
      if (config.packs)
        for (auto& name : *config.packs)
          if (std::none_of(builtin.begin(), builtin.end(), [&](auto& p) { return p.name == name; })) {
            std::cerr << fmt::format("tally: {}: no built-in pack named '{}' (see 'tally rules')\n", config.file, name);
            return 2;
          }
    }
    for (auto& p : extra) own(std::move(p));
    if (!config.rounding.empty())
      for (auto& p : owned)
        for (auto& c : p.checks)
          if (c.kind == CheckKind::Share)
            c.rounding = config.rounding == "half_up" ? Rounding::HalfUp : config.rounding == "truncate" ? Rounding::Truncate : Rounding::Any;

    RunInfo run;
    run.packs = active;
    run.config = config.file;
    run.options = {{"format", format}, {"fail_on", fail_on.empty() ? "error" : fail_on}, {"max_bytes", std::to_string(max_bytes)}};
    // (The limits on figures and lines are recorded when they are not the defaults.)
    if (max_figures != defaults.max_figures) run.options.push_back({"max_figures", std::to_string(max_figures)});
    if (max_lines != defaults.max_lines) run.options.push_back({"max_lines", std::to_string(max_lines)});
    if (!previous_path.empty()) run.options.push_back({"previous", previous_path});
    if (!config.rounding.empty()) run.options.push_back({"rounding", config.rounding});
    for (auto& r : rule_paths) run.options.push_back({"rules", r});
    if (no_defaults) run.options.push_back({"no_default_packs", "true"});

    std::ofstream file_out;
    if (!output.empty()) {
      file_out.open(output, std::ios::binary);
      if (!file_out) {
        std::cerr << "tally: " << output << ": cannot write the report\n";
        return 2;
      }
    }
    std::ostream& os = output.empty() ? std::cout : file_out;
    bool use_color = output.empty() && (color == "always" || (color == "auto" && isatty(1) && !std::getenv("NO_COLOR")));
    auto writer = make_writer(format, os, run, use_color);

    if (*rollup) {
      std::string err;
      int line = 0, column = 0;
      auto parent = load_document(parent_path, limits, err, line, column);
      if (!parent) {
        std::cerr << fmt::format("tally: {}:{}:{}: {}\n", parent_path, std::max(line, 1), std::max(column, 1), err);
        return 2;
      }
      std::vector<std::shared_ptr<Document>> kids;
      std::vector<const Document*> children;
      for (auto& c : child_paths) {
        kids.push_back(load_document(c, limits, err, line, column));
        if (!kids.back()) {
          std::cerr << fmt::format("tally: {}:{}:{}: {}\n", c, std::max(line, 1), std::max(column, 1), err);
          return 2;
        }
        children.push_back(kids.back().get());
      }
      CheckedFile cf;
      cf.result.path = parent_path;
      cf.result.encoding = parent->encoding;
      cf.result.figures = static_cast<int>(parent->figures.size());
      for (const RulePack* p : active)
        if (pack_applies(*p, *parent) && !p->tables.empty()) {
          cf.result.packs.push_back(p->name + "@" + p->version);
          rollup_tables(*parent, children, *p, cf.result);
        }
      if (cf.result.outcomes.empty()) cf.result.outcomes.push_back({"rollup", Status::Skipped, "no official table found in the consolidated report", 0});
      cf.doc = parent;
      assign_fingerprints(cf);
      writer->begin();
      writer->file(cf);
      writer->end();
      return cf.result.findings.empty() ? 0 : 1;
    }

    std::shared_ptr<Document> previous;
    if (!previous_path.empty()) {
      std::string err;
      int line = 0, column = 0;
      previous = load_document(previous_path, limits, err, line, column);
      if (!previous) {
        std::cerr << fmt::format("tally: {}:{}:{}: {} (--previous)\n", previous_path, std::max(line, 1), std::max(column, 1), err);
        return 2;
      }
    }
    Checker checker{run.packs, limits, previous.get(), config.file.empty() ? nullptr : &config};
    auto files = expand_inputs(inputs, include, exclude);
    int threshold = severity_rank(fail_on);
    bool failing = false, io_error = false;
    writer->begin();
    check_all(files, checker, *writer, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(files.size(), 1))), !quiet && isatty(2),
              [&](const CheckedFile& cf) {
                writer->file(cf);
                if (cf.result.read_failed) {
                  io_error = true;
                  std::cerr << "tally: " << cf.result.path << ": " << cf.result.error << "\n";
                }
                for (auto& f : cf.result.findings) failing = failing || (!f.suppressed && static_cast<int>(f.severity) >= threshold);
              });
    writer->end();
    os.flush();
    if (io_error) return 2;
    return failing ? 1 : 0;
  } catch (const std::exception& e) {
    std::cerr << "tally: internal error: " << e.what() << "\n";
    return 2;
  }
}
