#!/usr/bin/env python3
"""Builds Sources/CooperationPresentation/Resources/countries-110m.tsv: the outlines of the world's
countries, one country a line, keyed by ISO 3166-1 alpha-2 code.

Data: Natural Earth's Admin-0 countries at 1:110m (public domain, https://www.naturalearthdata.com),
as shipped in the geopandas 0.14.4 wheel (geopandas/datasets/naturalearth_lowres). Read with pyshp;
alpha-3 codes are turned into alpha-2 codes with pycountry. Run from the repository's root:
    pip install pyshp==3.1.6 pycountry==26.2.16
    pip download --no-deps geopandas==0.14.4 -d /tmp/ne && unzip -o /tmp/ne/geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/*' -d /tmp/ne
    python3 Scripts/make-countries.py /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Each line: code, anchor (a point well inside the largest part, for labels and tests), then the
rings separated by ';'. A ring is a list of integers: longitude and latitude in hundredths of a
degree, the first point absolute and every later one as the difference from the one before.
Rings are simplified (Douglas-Peucker, 0.05 degrees) and parts under 0.02 square degrees dropped
unless they are a country's only part.
"""
import math
import os
import sys

import pycountry
import shapefile

OUT = os.path.join("Sources", "CooperationPresentation", "Resources", "countries-110m.tsv")
TOLERANCE = 0.05
MIN_AREA = 0.02
# Natural Earth's codes that are no ISO alpha-3: Kosovo has the user-assigned XK that CLDR uses;
# Northern Cyprus and Somaliland are drawn as parts of the UN member states they belong to.
SPECIAL = {"-99": "XK", "CYN": "CY", "SOL": "SO"}
FIXES_BY_NAME = {"Kosovo": "XK"}


def alpha2(alpha3, name):
    if name in FIXES_BY_NAME:
        return FIXES_BY_NAME[name]
    if alpha3 in SPECIAL:
        return SPECIAL[alpha3]
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        sys.exit("no alpha-2 code for %s (%s): add it to SPECIAL" % (alpha3, name))
    return country.alpha_2


def area(ring):
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        best, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                distance = math.hypot(px - ax, py - ay)
            else:
                distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if distance > best:
                best, index = distance, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def inside(x, y, ring):
    result = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            result = not result
    return result


def edge_distance(x, y, ring):
    best = float("inf")
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        dx, dy = x1 - x0, y1 - y0
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(x - x0 - t * dx, y - y0 - t * dy))
    return best


def anchor(ring):
    """The point of a 60×60 grid over the ring's box that lies inside it farthest from its edge."""
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    best, point = -1.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    for i in range(60):
        for j in range(60):
            x = min(xs) + (max(xs) - min(xs)) * (i + 0.5) / 60
            y = min(ys) + (max(ys) - min(ys)) * (j + 0.5) / 60
            if inside(x, y, ring):
                distance = edge_distance(x, y, ring)
                if distance > best:
                    best, point = distance, (x, y)
    return point


def encode(ring):
    values, previous = [], (0, 0)
    for x, y in ring:
        q = (round(x * 100), round(y * 100))
        if values and q == previous:
            continue
        values += [q[0] - previous[0], q[1] - previous[1]]
        previous = q
    return ",".join(str(v) for v in values)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    reader = shapefile.Reader(sys.argv[1])
    countries = {}
    for record, shape in zip(reader.records(), reader.shapes()):
        code = alpha2(record["iso_a3"], record["name"])
        parts = list(shape.parts) + [len(shape.points)]
        for start, end in zip(parts, parts[1:]):
            ring = [tuple(p) for p in shape.points[start:end]]
            if ring[0] == ring[-1]:
                ring = ring[:-1]
            countries.setdefault(code, []).append(ring)
    lines = []
    for code in sorted(countries):
        rings = sorted(countries[code], key=lambda r: -abs(area(r)))
        kept = [simplify(r + [r[0]], TOLERANCE)[:-1] for r in rings if abs(area(r)) >= MIN_AREA or r is rings[0]]
        kept = [r for r in kept if len(r) >= 3]
        ax, ay = anchor(rings[0])
        lines.append("%s\t%.2f,%.2f\t%s" % (code, ax, ay, ";".join(encode(r) for r in kept)))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Natural Earth Admin-0 countries 1:110m (public domain), from the geopandas 0.14.4 wheel;\n")
        f.write("# made by Scripts/make-countries.py (see it for the format and how to run it again).\n")
        f.write("# code\tanchor\trings\n")
        f.write("\n".join(lines) + "\n")
    print("wrote", OUT, len(lines), "countries")


main()
