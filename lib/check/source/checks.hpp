#pragma once

#include "context.hpp"

// Every check kind, one function each, grouped by family in their own .cpp files. dispatch.cpp maps rule ids
// to the CheckSpec-driven ones; check.cpp calls the ones driven by `fields` and `materials`.
namespace nominate::check {

// field_checks.cpp — driven by the rule set's `fields`.
void check_required_fields(const CheckContext& context, Findings& out);
void check_field_formats(const CheckContext& context, Findings& out);

// material_checks.cpp — driven by the rule set's `materials`, and the probes' verdicts.
void check_material_counts(const CheckContext& context, Findings& out);
void check_unreadable_media(const CheckContext& context, Findings& out);

// read_error_checks.cpp — what a reader could not read (folder::ReadError): material.encrypted,
// material.legacy-format (unconverted) and material.unreadable, one finding per file. A submission's take
// their severity and clause from a `checks` entry for their rule; a district's are as read.
void check_read_errors(const CheckContext& context, Findings& out);
void check_district_read_errors(const folder::District& district, Findings& out);
// Whether a reader's failure is reported as material.unreadable (not as a password or a legacy format).
[[nodiscard]] bool reports_unreadable(folder::ReadErrorKind kind);

// text_checks.cpp
void check_text_length(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);

// photo_checks.cpp
void check_photo_format(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_photo_extension(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_photo_file_size(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_photo_dimensions(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_photo_color(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_photo_background(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);

// video_checks.cpp
void check_video_container(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_codec(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_resolution(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_frame_rate(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_duration(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_file_size(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_audio(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_corrupt(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);

// content_checks.cpp — what a video shows and sounds like (--deep).
void check_video_audio_silent(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_black(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_frozen(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_dark(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_video_blurry(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);

// copy_checks.cpp — copied text.
void check_promo_copied(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
// text_reuse_batch.cpp — batch.text-reuse in a district run.
void check_text_reuse(const std::vector<const folder::LoadedSubmission*>& submissions, Findings& out);

// eligibility_checks.cpp — the project's dates and reach.
void check_project_age(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_project_ongoing(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_participants(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);

// name_checks.cpp — names: the project's against its unit's, and against the past lists.
void check_project_name(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_past_winner(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);
void check_past_nominee(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);

// profile_checks.cpp
void check_profile(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);

// district_checks.cpp, registration_checks.cpp — over a district's submissions as a whole.
void check_registrations(const folder::District& district,
                         const std::vector<const folder::LoadedSubmission*>& submissions, Findings& out);

// The function for a CheckSpec's rule id; nullptr for rules driven elsewhere (field.*, material.*, batch.*)
// and for ids this engine does not know (the rule loader has already refused those).
[[nodiscard]] CheckFunction find_check(std::string_view rule);

} // namespace nominate::check
