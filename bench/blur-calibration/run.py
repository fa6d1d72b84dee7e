#!/usr/bin/env python3
"""video.blurry's threshold on real-like footage (issue 14): real photographs panned and zoomed like a
hand-held phone (ffmpeg zoompan, 1280x720, 25 fps), with sensor-like noise (the `noise` filter), encoded as
H.264 at phone bit rates, then the same with the optics softened (gblur before the noise, as a lens would).
Each clip is measured as nominate measures it under --deep (lib/media/source/video_content.cpp: 8-bit 4:2:0,
at most 640 pixels wide, FFmpeg's blurdetect, one picture every half second) and a table is printed: each
photograph's median blurdetect value, and for each candidate max_blur how many clips video.blurry would warn
about (over max_share = 0.5 of their pictures over max_blur).

    bench/blur-calibration/run.py [--photos DIR] [--seconds 4] [--cache build/bench-cache/blur]

Photographs: mate-backgrounds' nature folder (/usr/share/backgrounds/mate/nature, Debian's
`mate-backgrounds`), or any folder of JPEGs. Needs ffmpeg (libx264, zoompan, noise, gblur, blurdetect).
"""
import argparse
import statistics
import subprocess
import sys
from pathlib import Path

PHOTOS = ["Garden.jpg", "LadyBird.jpg", "Wood.jpg", "Storm.jpg"]
SIGMAS = [0, 1, 2, 3, 5, 8]             # gblur sigma at 1280x720 (0: sharp)
BITRATES = ["8M", "2M"]                # a phone's own file; one forwarded through a chat app
THRESHOLDS = [8, 10, 11, 12, 13, 14]
MEASURE = ("fps=2,format=pix_fmts=yuv420p|yuvj420p,scale=w='min(640,iw)':h=-2:flags=fast_bilinear,"
           "blurdetect,metadata=print:key=lavfi.blur:file=-")


def run(argv):
    result = subprocess.run([str(a) for a in argv], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"blur-calibration: {argv[0]} failed: {result.stderr[-500:]}")
    return result.stdout


def clip(photo, sigma, bitrate, seconds, out):
    """A slow hand-held pan and zoom over the photo, optics softened by `sigma`, sensor noise, H.264."""
    if out.exists():
        return out
    frames = seconds * 25
    # zoompan walks a 1.0→1.15 zoom with a small sway, like a phone held by hand (input scaled to 1920 wide
    # first: zoompan works on the source's pixels).
    pan = (f"scale=1920:-2,zoompan=z='1+0.15*on/{frames}':x='iw/2-(iw/zoom/2)+20*sin(on/9)':"
           f"y='ih/2-(ih/zoom/2)+12*cos(on/7)':d={frames}:s=1280x720:fps=25")
    soft = f",gblur=sigma={sigma}" if sigma > 0 else ""
    graph = f"{pan}{soft},noise=alls=8:allf=t,format=yuv420p"
    run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", photo, "-vf", graph, "-frames:v",
         frames, "-c:v", "libx264", "-preset", "veryfast", "-b:v", bitrate, "-maxrate", bitrate, "-bufsize",
         bitrate, "-g", "50", out])
    return out


def blur_values(path):
    printed = run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", path, "-vf", MEASURE, "-an",
                   "-f", "null", "-"])
    return [float(line.split("=", 1)[1]) for line in printed.splitlines() if line.startswith("lavfi.blur=")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", default="/usr/share/backgrounds/mate/nature")
    parser.add_argument("--seconds", type=int, default=4)
    parser.add_argument("--cache", default="build/bench-cache/blur")
    args = parser.parse_args()
    photos = [Path(args.photos) / name for name in PHOTOS if (Path(args.photos) / name).exists()]
    if not photos:
        photos = sorted(Path(args.photos).glob("*.jpg"))[:4]
    if not photos:
        sys.exit(f"blur-calibration: no photographs in {args.photos} (apt-get install mate-backgrounds)")
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    names = [photo.stem for photo in photos]
    header = ("| footage | gblur sigma | bit rate | " + " | ".join(f"{name} median" for name in names) + " | "
              + " | ".join(f"warns at {t}" for t in THRESHOLDS) + " |")
    print(header)
    print("|" + " --- |" * (header.count("|") - 1))
    for sigma in SIGMAS:
        for bitrate in BITRATES:
            medians = []
            warned = [0] * len(THRESHOLDS)
            for photo in photos:
                out = cache / f"{photo.stem}-s{sigma}-{bitrate}.mp4"
                values = blur_values(clip(photo, sigma, bitrate, args.seconds, out))
                medians.append(statistics.median(values))
                # video.blurry warns when over max_share (0.5) of the pictures are over max_blur.
                for i, threshold in enumerate(THRESHOLDS):
                    warned[i] += sum(v > threshold for v in values) / len(values) > 0.5
            kind = "sharp, noisy" if sigma == 0 else "soft"
            print(f"| {kind} | {sigma} | {bitrate} | " + " | ".join(f"{m:.2f}" for m in medians) + " | "
                  + " | ".join(f"{w}/{len(photos)}" for w in warned) + " |")

if __name__ == "__main__":
    main()
