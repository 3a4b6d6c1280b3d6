"""The libvlc plugins the packaged app keeps: what plays the courseware formats (MP4/H.264,
MPEG-1/2 from VCDs and DVDs, WMV/ASF, FLV, AVI, RMVB, MKV) from a local file, to the screen
(X11/XCB, OpenGL, or nothing) and the speakers, and no more: no network access, streaming,
encoders, visualisations or hardware decoders. The full Debian set pulls in ~150 MB of
libraries; this one keeps the bundle within its size budget.

Used by songpei.spec (which plugins to copy) and by the tests (the self-test plays with them).
"""

from __future__ import annotations

import sys
from pathlib import Path

DEBIAN_PLUGINS = Path("/usr/lib/x86_64-linux-gnu/vlc/plugins")

# folder -> plugin names without the "lib" prefix and "_plugin.so" / "_plugin.dll" suffix
KEEP: dict[str, tuple[str, ...]] = {
    "access": ("filesystem", "idummy", "imem"),
    "audio_filter": (
        "audio_format",
        "scaletempo",
        "simple_channel_mixer",
        "remap",
        "trivial_channel_mixer",
        "ugly_resampler",
        "speex_resampler",
    ),
    "audio_mixer": ("float_mixer", "integer_mixer"),
    "audio_output": (
        "adummy",
        "alsa",
        "pulse",
        "amem",  # Linux
        "mmdevice",
        "directsound",
        "waveout",
    ),  # Windows
    "codec": (
        "avcodec",
        "mpg123",
        "araw",
        "lpcm",
        "adpcm",
        "a52",
        "faad",
        "ddummy",
        "edummy",
        "cvdsub",
        "svcdsub",
        "spudec",
        "subsdec",
    ),
    "control": ("dummy",),
    "demux": (
        "mp4",
        "avi",
        "asf",
        "es",
        "h26x",
        "mkv",
        "ps",
        "ts",
        "mpgv",
        "avformat",
        "real",
        "wav",
        "vc1",
        "rawvid",
        "ogg",
    ),
    "logger": ("console_logger",),
    "misc": ("dbus_screensaver",),
    "packetizer": (
        "a52",
        "copy",
        "dts",
        "flac",
        "h264",
        "hevc",
        "mlp",
        "mpeg4audio",
        "mpeg4video",
        "mpegaudio",
        "mpegvideo",
        "vc1",
        "avparser",
    ),
    "stream_filter": ("cache_block", "cache_read", "prefetch", "skiptags"),
    "text_renderer": ("tdummy",),
    "video_chroma": (
        "chain",
        "grey_yuv",
        "i420_rgb",
        "i420_rgb_mmx",
        "i420_rgb_sse2",
        "i420_yuy2",
        "i420_yuy2_mmx",
        "i420_yuy2_sse2",
        "i422_i420",
        "i422_yuy2",
        "i422_yuy2_mmx",
        "i422_yuy2_sse2",
        "rv32",
        "swscale",
        "yuy2_i420",
        "yuy2_i422",
        "i420_nv12",
        "i420_10_p010",
        "yuvp",
    ),
    "video_filter": ("deinterlace", "blend", "scale", "transform"),
    "video_output": (
        "vdummy",
        "vmem",
        "xcb_x11",
        "xcb_window",
        "xcb_xv",
        "gl",
        "glx",
        "egl_x11",
        "direct3d9",
        "direct3d11",
        "glwin32",
        "wingdi",
    ),  # the last four: Windows
}


def _suffix() -> str:
    return ".dll" if sys.platform == "win32" else ".so"


def kept_plugins(plugins_dir: Path = DEBIAN_PLUGINS) -> list[tuple[Path, str]]:
    """(plugin file, its folder relative to the plugin root) for every kept plugin present."""
    found = []
    for folder, names in KEEP.items():
        for name in names:
            path = plugins_dir / folder / f"lib{name}_plugin{_suffix()}"
            if path.exists():
                found.append((path, folder))
    return found


def missing_essentials(plugins_dir: Path = DEBIAN_PLUGINS) -> list[str]:
    """Plugins without which nothing plays; the build stops if one is absent."""
    need = [
        ("access", "filesystem"),
        ("codec", "avcodec"),
        ("demux", "mp4"),
        ("video_output", "vdummy"),
        ("audio_output", "adummy"),
    ]
    return [
        f"{d}/{n}" for d, n in need if not (plugins_dir / d / f"lib{n}_plugin{_suffix()}").exists()
    ]
