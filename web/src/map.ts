/**
 * The map: country outlines bundled from world-atlas (no tile server) with rings that cross the 180th
 * meridian unwrapped (Russia, Fiji), shaded by the number of events placed in each country for the
 * current filter (with a legend), and events clustered on a pixel grid, coloured by quad class.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { ApiEvent } from './api.js';
import { CAMEO_OF_ISO_NUMERIC } from './countries.js';
import { h, QUAD_NAMES, swatch } from './dom.js';

/**
 * A ring whose consecutive points jump by more than 180° of longitude crosses the antimeridian:
 * shifting the later points by ±360° keeps it one continuous shape (Chukotka drawn east of 180°,
 * not as a band across the whole map).
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  let prev: number | null = null;
  for (const p of ring) {
    const lon = p[0] as number;
    if (prev !== null) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    const x = lon + shift;
    out.push([x, p[1] as number]);
    prev = x;
  }
  return out;
}

/** A polygon with every ring unwrapped, moved as a whole so that it starts within [-180, 180]. */
function unwrapPolygon(rings: readonly (readonly Position[])[]): Position[][] {
  const outer = unwrapRing(rings[0] ?? []);
  const out = [outer, ...rings.slice(1).map(unwrapRing)];
  // holes follow their outer ring: put each ring on the same side as the outer ring's first point
  const ref = outer[0]?.[0] ?? 0;
  return out.map((r) => {
    const first = r[0]?.[0] ?? ref;
    const k = Math.round((ref - first) / 360) * 360;
    return k === 0 ? r : r.map(([x, y]) => [(x as number) + k, y as number]);
  });
}

export function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: unwrapPolygon(g.coordinates) } satisfies Polygon;
  if (g.type === 'MultiPolygon') {
    // every part next to the largest one (Chukotka east of 180° beside the rest of Russia, not at the far left)
    const parts = g.coordinates.map(unwrapPolygon);
    const mid = (p: Position[][]) => {
      const r = p[0] ?? [];
      let lo = Infinity;
      let hi = -Infinity;
      for (const q of r) {
        lo = Math.min(lo, q[0] as number);
        hi = Math.max(hi, q[0] as number);
      }
      return { mid: (lo + hi) / 2, size: hi - lo };
    };
    const main = parts.reduce((best, p) => (mid(p).size > mid(best).size ? p : best), parts[0] ?? []);
    const ref = mid(main).mid;
    const moved = parts.map((p) => {
      const k = Math.round((ref - mid(p).mid) / 360) * 360;
      return k === 0 ? p : p.map((r) => r.map(([x, y]) => [(x as number) + k, y as number]));
    });
    return { type: 'MultiPolygon', coordinates: moved } satisfies MultiPolygon;
  }
  return g;
}

/** Shades of the choropleth, lightest first, and the count thresholds between them. */
const SHADES = ['#eef1f4', '#c6dbef', '#b3cde9', '#7eaad8', '#4a82c2', '#24589a'];

export function shadeScale(max: number): number[] {
  // upper bounds of shades 1..5: roughly logarithmic up to max
  if (max <= 0) return [];
  const steps = Math.min(5, max);
  const out: number[] = [];
  for (let i = 1; i <= steps; i++) out.push(Math.max(i, Math.round(max ** (i / steps))));
  return [...new Set(out)];
}

export interface Located {
  readonly ev: ApiEvent;
  readonly lat: number;
  readonly lon: number;
}

export interface Cluster {
  readonly lat: number;
  readonly lon: number;
  readonly members: readonly Located[];
  /** The most frequent quad class among the members. */
  readonly quad: number;
}

/** Groups points falling in the same `cell`-pixel square at a zoom level (points given in projected pixels). */
export function gridCluster(
  points: readonly Located[],
  project: (lat: number, lon: number) => { x: number; y: number },
  cell: number,
): Cluster[] {
  const cells = new Map<string, Located[]>();
  for (const p of points) {
    const q = project(p.lat, p.lon);
    const key = `${Math.floor(q.x / cell)}:${Math.floor(q.y / cell)}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  return [...cells.values()].map((members) => {
    const n = [0, 0, 0, 0, 0];
    let lat = 0;
    let lon = 0;
    for (const m of members) {
      lat += m.lat;
      lon += m.lon;
      n[m.ev.record.quad_class] = (n[m.ev.record.quad_class] ?? 0) + 1;
    }
    let quad = 1;
    for (let q = 2; q <= 4; q++) if ((n[q] ?? 0) > (n[quad] ?? 0)) quad = q;
    return { lat: lat / members.length, lon: lon / members.length, members, quad };
  });
}

export interface EventMap {
  show(events: readonly ApiEvent[], countries: readonly { country: string; events: number }[]): void;
  invalidate(): void;
}

/** The world at world zoom: what the map fits into its panel (Antarctica left out). */
const WORLD: L.LatLngBoundsExpression = [
  [-57, -180],
  [83.6, 180],
];

export function createMap(host: HTMLElement, note: HTMLElement, onOpen: (ev: ApiEvent) => void): EventMap {
  const map = L.map(host, {
    attributionControl: false,
    minZoom: 0,
    maxZoom: 8,
    zoomSnap: 0,
    zoomDelta: 0.5,
    maxBounds: [
      [-80, -200],
      [88, 220],
    ],
    maxBoundsViscosity: 0.8,
  });
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection;
  // Antarctica reaches the pole, which Web Mercator cannot draw
  const features: Feature[] = all.features
    .filter((f) => String(f.id) !== '010')
    .map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) }));
  let counts = new Map<string, number>();
  let bounds: number[] = [];
  const shadeOf = (n: number) => {
    if (n <= 0) return SHADES[0] as string;
    const i = bounds.findIndex((b) => n <= b);
    return SHADES[i < 0 ? SHADES.length - 1 : i + 1] ?? (SHADES[SHADES.length - 1] as string);
  };
  const codeOf = (f: Feature | undefined) => (f ? CAMEO_OF_ISO_NUMERIC.get(String(f.id)) : undefined);
  const countryLayer = L.geoJSON({ type: 'FeatureCollection', features } as FeatureCollection, {
    style: (f) => ({
      color: '#8a97a6',
      weight: 0.6,
      fillColor: shadeOf(counts.get(codeOf(f) ?? '') ?? 0),
      fillOpacity: 1,
    }),
    onEachFeature: (f, layer) => {
      const name = (f.properties as { name?: string } | null)?.name ?? '';
      layer.bindTooltip(() => `${name}: ${counts.get(codeOf(f) ?? '') ?? 0} events placed here`, { sticky: true });
    },
  }).addTo(map);
  const legend = h('div', { class: 'map-legend', 'data-testid': 'map-legend' });
  host.append(legend);
  L.DomEvent.disableClickPropagation(legend);
  const layer = L.layerGroup().addTo(map);
  let points: Located[] = [];

  const fitWorld = () => {
    map.invalidateSize();
    map.fitBounds(WORLD, { animate: false, padding: [0, 0] });
  };
  fitWorld();

  const drawLegend = () => {
    legend.replaceChildren();
    if (bounds.length === 0) {
      legend.append(h('span', { class: 'muted' }, 'no events placed in a country'));
      return;
    }
    legend.append(h('span', { class: 'legend-title' }, 'events placed in the country'));
    let lo = 1;
    bounds.forEach((hi, i) => {
      legend.append(
        h('span', { class: 'legend-step' }, swatch(SHADES[i + 1] ?? '#fff'), lo === hi ? String(hi) : `${lo}–${hi}`),
      );
      lo = hi + 1;
    });
  };

  const draw = () => {
    layer.clearLayers();
    const zoom = map.getZoom();
    const clusters = gridCluster(points, (lat, lon) => map.project([lat, lon], zoom), 48);
    for (const c of clusters) {
      const n = c.members.length;
      const size = Math.round(18 + Math.min(26, Math.sqrt(n) * 5));
      const label = h('span', {}, String(n));
      const icon = L.divIcon({ html: label, className: `cluster q${c.quad}`, iconSize: [size, size] });
      const first = c.members[0]?.ev;
      const title = n === 1 && first ? `${first.record.sentence}` : `${n} events, mostly ${QUAD_NAMES[c.quad] ?? ''}`;
      const m = L.marker([c.lat, c.lon], { icon, title, keyboard: true, riseOnHover: true });
      m.on('click', () => {
        if (n === 1 && first) onOpen(first);
        else if (map.getZoom() >= map.getMaxZoom() - 0.5 && first) onOpen(first);
        else
          map.fitBounds(L.latLngBounds(c.members.map((x) => [x.lat, x.lon] as [number, number])).pad(0.5), {
            maxZoom: map.getZoom() + 3,
          });
      });
      layer.addLayer(m);
    }
  };
  map.on('zoomend', draw);

  return {
    show(events, countries) {
      points = [];
      for (const ev of events) {
        const loc = ev.record.location;
        if (loc && typeof loc.lat === 'number' && typeof loc.lon === 'number')
          points.push({ ev, lat: loc.lat, lon: loc.lon });
      }
      counts = new Map(countries.map((c) => [c.country, c.events]));
      bounds = shadeScale(Math.max(0, ...countries.map((c) => c.events)));
      countryLayer.setStyle((f) => ({
        color: '#8a97a6',
        weight: 0.6,
        fillColor: shadeOf(counts.get(codeOf(f) ?? '') ?? 0),
        fillOpacity: 1,
      }));
      drawLegend();
      const placed = countries.reduce((s, c) => s + c.events, 0);
      note.textContent = events.length
        ? `${placed} events placed in a country; ${points.length} of the latest ${events.length} have coordinates (the circles).`
        : 'No events to place.';
      fitWorld();
      draw();
    },
    invalidate() {
      const atWorld = map.getZoom() <= map.getBoundsZoom(WORLD) + 0.01;
      map.invalidateSize();
      if (atWorld) fitWorld();
    },
  };
}
