/** The map: country outlines bundled from world-atlas (no tile server), events clustered on a pixel grid, coloured by quad class. */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { ApiEvent } from './api.js';
import { h, QUAD_NAMES } from './dom.js';

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
  show(events: readonly ApiEvent[]): void;
  invalidate(): void;
}

export function createMap(host: HTMLElement, note: HTMLElement, onOpen: (ev: ApiEvent) => void): EventMap {
  const map = L.map(host, {
    attributionControl: false,
    worldCopyJump: true,
    minZoom: 1,
    maxZoom: 8,
    zoomSnap: 0.5,
    maxBounds: [
      [-75, -400],
      [85, 400],
    ],
  }).setView([25, 15], 1.5);
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topo, topo.objects.countries);
  // Antarctica reaches the pole, which Web Mercator cannot draw (it would smear lines across the map)
  const countries = { ...all, features: all.features.filter((f) => String(f.id) !== '010') };
  L.geoJSON(countries, {
    style: { color: '#8a97a6', weight: 0.6, fillColor: '#eef1f4', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  const layer = L.layerGroup().addTo(map);
  let points: Located[] = [];

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
    show(events) {
      points = [];
      for (const ev of events) {
        const loc = ev.record.location;
        if (loc && typeof loc.lat === 'number' && typeof loc.lon === 'number')
          points.push({ ev, lat: loc.lat, lon: loc.lon });
      }
      note.textContent = events.length
        ? `${points.length} of ${events.length} events have a place with coordinates.`
        : 'No events to place.';
      if (points.length) {
        map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])).pad(0.6), {
          maxZoom: 4,
          animate: false,
        });
      }
      draw();
    },
    invalidate() {
      map.invalidateSize();
    },
  };
}
