#include <nominate/folder/submission.hpp>

namespace nominate::folder {

const char* to_string(Role role)
{
  switch (role) {
  case Role::form:
    return "form";
  case Role::id_photo:
    return "id_photo";
  case Role::photo:
    return "photo";
  case Role::video:
    return "video";
  case Role::summary:
    return "summary";
  case Role::scan:
    return "scan";
  case Role::config:
    return "config";
  case Role::other:
    return "other";
  }
  return "other";
}

const FieldValue* Submission::field(const std::string& id) const
{
  auto found = fields.find(id);
  return found == fields.end() ? nullptr : &found->second;
}

std::vector<const Material*> Submission::with_role(Role role) const
{
  std::vector<const Material*> out;
  for (const auto& material : materials) {
    if (material.role == role) {
      out.push_back(&material);
    }
  }
  return out;
}

} // namespace nominate::folder
