#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/ffmpeg/streams.hpp>

namespace nominate::ffmpeg {

int open_file(AVFormatContext** format, const char* path)
{
  AVDictionary* options = nullptr;
  ffmpeg::av_dict_set(&options, "format_whitelist", k_format_whitelist, 0);
  ffmpeg::av_dict_set(&options, "max_streams", k_max_streams, 0);
  ffmpeg::av_dict_set(&options, "protocol_whitelist", k_protocol_whitelist, 0);
  const int status = ffmpeg::avformat_open_input(format, path, nullptr, &options);
  ffmpeg::av_dict_free(&options);
  return status;
}

bool is_cover_picture(const AVFormatContext* format, int index)
{
  return index >= 0 && static_cast<unsigned>(index) < format->nb_streams &&
         (format->streams[index]->disposition & AV_DISPOSITION_ATTACHED_PIC) != 0;
}

namespace {

// How much a video stream looks like the video: 0 for a cover picture, 1 for a track of one frame (a cover
// some tools store as an ordinary MJPEG or PNG track), 2 for anything else.
int video_likeness(const AVFormatContext* format, unsigned index)
{
  const AVStream* stream = format->streams[index];
  if ((stream->disposition & AV_DISPOSITION_ATTACHED_PIC) != 0) {
    return 0;
  }
  return stream->nb_frames == 1 ? 1 : 2;
}

} // namespace

int best_video_stream(AVFormatContext* format)
{
  const int best = ffmpeg::av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (best < 0 || video_likeness(format, static_cast<unsigned>(best)) == 2) {
    return best;
  }
  int chosen = best;
  int likeness = video_likeness(format, static_cast<unsigned>(best));
  for (unsigned i = 0; i < format->nb_streams; ++i) {
    if (format->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO &&
        video_likeness(format, i) > likeness) {
      chosen = static_cast<int>(i);
      likeness = video_likeness(format, i);
    }
  }
  return chosen;
}

} // namespace nominate::ffmpeg
