#include "opc.hpp"
#include "xml.hpp"

#include <algorithm>

namespace nominate::office {

namespace {

std::string_view directory_of(std::string_view part)
{
  auto slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : part.substr(0, slash);
}

// Resolves a relationship target as a URI reference against the source part's folder.
std::string resolve(std::string_view base_directory, std::string_view target)
{
  std::vector<std::string> segments;
  if (!target.starts_with('/')) {
    std::string_view base = base_directory;
    while (!base.empty()) {
      auto slash = base.find('/');
      segments.emplace_back(base.substr(0, slash));
      base = slash == std::string_view::npos ? std::string_view() : base.substr(slash + 1);
    }
  }
  std::string_view rest = target;
  while (!rest.empty()) {
    auto slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (segment.empty() || segment == ".") {
      continue;
    }
    if (segment == "..") {
      if (!segments.empty()) {
        segments.pop_back();
      }
      continue;
    }
    segments.emplace_back(segment);
  }
  std::string joined;
  for (const auto& segment : segments) {
    if (!joined.empty()) {
      joined += '/';
    }
    joined += segment;
  }
  return joined;
}

std::string lowercase(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

} // namespace

core::Result<std::vector<Relationship>> read_relationships(ZipArchive& archive, std::string_view part)
{
  std::string directory(directory_of(part));
  std::string name(part.substr(directory.empty() ? 0 : directory.size() + 1));
  std::string rels_part = (directory.empty() ? "" : directory + "/") + "_rels/" + name + ".rels";
  std::vector<Relationship> relationships;
  if (!archive.contains(rels_part)) {
    return relationships;
  }
  auto xml = archive.read(rels_part);
  if (!xml) {
    return std::unexpected(xml.error());
  }
  auto document = parse_xml(*xml, rels_part);
  if (!document) {
    return std::unexpected(document.error());
  }
  for (const auto& node : (*document)->document_element().children()) {
    if (local_name(node.name()) != "Relationship") {
      continue;
    }
    if (std::string_view(node.attribute("TargetMode").value()) == "External") {
      continue;
    }
    relationships.push_back(Relationship{node.attribute("Id").value(), node.attribute("Type").value(),
                                         resolve(directory, node.attribute("Target").value())});
  }
  return relationships;
}

const Relationship* find_relationship(const std::vector<Relationship>& relationships,
                                      std::string_view type_suffix)
{
  for (const auto& relationship : relationships) {
    if (std::string_view(relationship.type).ends_with(type_suffix)) {
      return &relationship;
    }
  }
  return nullptr;
}

std::string content_type(ZipArchive& archive, std::string_view part)
{
  if (!archive.contains("[Content_Types].xml")) {
    return {};
  }
  auto xml = archive.read("[Content_Types].xml");
  if (!xml) {
    return {};
  }
  auto document = parse_xml(*xml, "[Content_Types].xml");
  if (!document) {
    return {};
  }
  std::string wanted = "/" + lowercase(part);
  std::string extension =
      lowercase(part.substr(part.rfind('.') == std::string_view::npos ? part.size() : part.rfind('.') + 1));
  std::string by_default;
  for (const auto& node : (*document)->document_element().children()) {
    std::string_view local = local_name(node.name());
    if (local == "Override" && lowercase(node.attribute("PartName").value()) == wanted) {
      return node.attribute("ContentType").value();
    }
    if (local == "Default" && lowercase(node.attribute("Extension").value()) == extension) {
      by_default = node.attribute("ContentType").value();
    }
  }
  return by_default;
}

core::Result<std::string> main_part(ZipArchive& archive)
{
  auto relationships = read_relationships(archive, "");
  if (!relationships) {
    return std::unexpected(relationships.error());
  }
  const Relationship* office_document = find_relationship(*relationships, "/officeDocument");
  if (office_document == nullptr) {
    return core::fail(core::ErrorCode::unreadable, "the package names no main document part");
  }
  return office_document->target;
}

} // namespace nominate::office
