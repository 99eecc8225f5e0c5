#!/usr/bin/env python3
"""Draws the logos of the example house styles as PNG files, with nothing
but the standard library: filled polygons (optionally clipped to another),
4x4 supersampled, RGBA.

    python3 templates/logo.py voorbeeldgemeente templates/voorbeeldgemeente/bron/logo.png
    python3 templates/logo.py vlaamse-stad templates/vlaamse-stad/bron/logo.png
"""
import math
import struct
import sys
import zlib

SAMPLES = 4


def shield(size):
    """A Dutch municipal shield: blue field, white wave, golden tower."""
    s = size / 100.0
    outline = [(8, 6), (92, 6), (92, 52)]
    for step in range(1, 21):
        t = step / 20.0
        outline.append((92 - 42 * t, 52 + 42 * math.sin(t * math.pi / 2)))
    for step in range(1, 20):
        t = step / 20.0
        outline.append((50 - 42 * t, 94 - 42 * (1 - math.cos(t * math.pi / 2))))
    outline.append((8, 52))
    wave_top = [(x, 60 + 5 * math.sin(x / 100 * 4 * math.pi)) for x in range(4, 97, 2)]
    wave = wave_top + [(x, y + 8) for x, y in reversed(wave_top)]
    tower = [(36, 48), (36, 24), (40, 24), (40, 18), (46, 18), (46, 24), (54, 24), (54, 18), (60, 18),
             (60, 24), (64, 24), (64, 48)]
    door = [(46, 48), (46, 38), (50, 34), (54, 38), (54, 48)]
    shapes = [
        (outline, (31, 95, 139), None),
        (wave, (255, 255, 255), outline),
        (tower, (242, 183, 5), None),
        (door, (31, 95, 139), None),
    ]
    return scaled(shapes, s)


def scaled(shapes, factor):
    def scale(points):
        return [(x * factor, y * factor) for x, y in points] if points else None
    return [(scale(points), colour, scale(clip)) for points, colour, clip in shapes]


def belfry(size):
    """A Flemish belfry on a red square: tower, gallery, spire."""
    s = size / 100.0
    square = [(0, 0), (100, 0), (100, 100), (0, 100)]
    tower = [(38, 92), (38, 46), (34, 46), (34, 40), (40, 40), (44, 22), (50, 6), (56, 22), (60, 40),
             (66, 40), (66, 46), (62, 46), (62, 92)]
    base = [(26, 92), (26, 84), (74, 84), (74, 92)]
    window = [(46, 70), (46, 58), (50, 54), (54, 58), (54, 70)]
    gallery = [(40, 38), (40, 34), (60, 34), (60, 38)]
    shapes = [
        (square, (200, 16, 46), None),
        (tower, (255, 255, 255), None),
        (base, (255, 255, 255), None),
        (window, (200, 16, 46), None),
        (gallery, (200, 16, 46), None),
    ]
    return scaled(shapes, s)


def inside(points, x, y):
    result = False
    j = len(points) - 1
    for i in range(len(points)):
        xi, yi = points[i]
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def render(shapes, size):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = px + (sx + 0.5) / SAMPLES
                    y = py + (sy + 0.5) / SAMPLES
                    colour = None
                    for points, fill, clip in shapes:
                        if inside(points, x, y) and (clip is None or inside(clip, x, y)):
                            colour = fill
                    if colour:
                        r += colour[0]
                        g += colour[1]
                        b += colour[2]
                        a += 255
            n = SAMPLES * SAMPLES
            covered = a / 255
            if covered:
                row += bytes([round(r / covered), round(g / covered), round(b / covered), round(a / n)])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    return b"".join(rows)


def png(pixels, size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b"")


def main():
    drawings = {"voorbeeldgemeente": shield, "vlaamse-stad": belfry}
    if len(sys.argv) != 3 or sys.argv[1] not in drawings:
        sys.exit("gebruik: logo.py voorbeeldgemeente|vlaamse-stad uit.png")
    size = 240
    with open(sys.argv[2], "wb") as out:
        out.write(png(render(drawings[sys.argv[1]](size), size), size))


if __name__ == "__main__":
    main()
