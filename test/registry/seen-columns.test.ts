/**
 * Where ../shared/specs-reference.md lists the columns seen in a draft or in published data, the
 * bundled spec must follow them exactly: same names, same order, same mandatory flags (*).
 * The lists below are copied from that file.
 */
import { describe, expect, it } from 'vitest';
import { Registry } from '../../src/registry/index.js';

const SEEN: Record<string, string> = {
  evenemang: 'name*, description*, type*, latitude*, longitude*, start_date, end_date, capacity, age_limit, price, free, food, street, postalcode, city, organizer, phone, email, URL, image',
  'points-of-interest': 'name*, description*, id*, type*, latitude*, longitude*, opens, closes, street, postalcode, city, phone, email, image, URL',
  sevardheter: 'name*, description*, id*, type*, latitude*, longitude*, street, postalcode, city, phone, email, image, URL',
  parkering:
    'source*, id*, name*, type*, latitude*, longitude*, street, postalcode, city, description, car_spaces, accessible_spots, rv_spaces, motorcycles, charging_points, permit, prohibition, parking_fee, public, status, lighting, updated, email, URL',
  snorojning: 'source*, supplier_key, timestamp, latitude, longitude, object_id*, start*, end*, status*, areaid, areaname, material, dosage, spread_width, quantity, description, email',
  matsvinn:
    'source*, id*, name*, serving_waste*, plate_waste*, kitchen_waste*, date, category, kitchen_type, meal_type, total_prepared_food, total_waste, storage_waste, preparation_waste, special_diet_waste, description, amount_eating, saved_food, updated, email, URL',
  'offentliga-toaletter':
    'source*, id*, name*, latitude*, longitude*, email*, visit_url, wikidata, updated, description, street, housenumber, postcode, city, country, wc, urinal, outhouse, rwc, lighting, water, drinking_water, trashbin, unisex, change_table_child, wc_child, change_table_adult, rwc-alarm, door_opener, accessability, open_season, open_hours, service_interval, fee, fee_description, td_url, Image_url, report_phone, report_url, open',
  hundrastgardar:
    'id*, source*, latitude*, longitude*, updated*, name, description, polygon, area, perimeter, perimeter_height, gate, wide_access, surface, lighting, roofing, seating, latrine, url_info, url_api, url_service, street, postalcode, city, email, image',
  leverantorsreskontra: 'kopare_id*, kopare*, verifikationsnummer*, leverantor*, leverantor_id*, konto_nr*, konto_text*, belopp*, datum*, forvaltning, faktura_nr, grund, avtal, kommun_id, s_kod_nr',
};

const registry = new Registry();

describe('specs follow the columns seen', () => {
  for (const [id, list] of Object.entries(SEEN)) {
    it(id, () => {
      const spec = registry.resolve(id);
      const seen = list.split(', ').map((c) => ({ name: c.replace(/\*$/, ''), required: c.endsWith('*') }));
      const cols = spec.columns.slice(0, seen.length);
      expect(cols).toEqual(seen.map((c) => c.name));
      for (const c of seen) expect(spec.attributes.find((a) => a.name === c.name)?.required, c.name).toBe(c.required);
      for (const c of seen) expect(spec.attributes.find((a) => a.name === c.name)?.provenance, c.name).toBe('seen');
    });
  }

  it('points-of-interest adds the later attributes at the end', () => {
    expect(registry.resolve('points-of-interest').columns.slice(15)).toEqual(['payment_method', 'openinghours', 'price']);
  });

  it('every spec says where the official one lives, or says in its note that none is known', () => {
    for (const s of registry.list()) {
      if (s.officialUrl === undefined) expect(s.statusNote?.en, s.id).toMatch(/official/i);
      if (s.officialUrl?.includes('dataportal.se')) expect(s.officialUrl, s.id).toMatch(/^https:\/\/dataportal\.se\/specifications\/[a-z]+\/\d+(\.\d+)*$/);
    }
  });

  it('no spec claims to be verified without a final official table behind it', () => {
    // livsmedelskontroller is read from the official workbook, every attribute
    // (test/specs/livsmedelskontroller-official.test.ts holds it to the official examples).
    expect(registry.list().filter((s) => s.status === 'verified').map((s) => s.id)).toEqual(['livsmedelskontroller']);
  });
});
