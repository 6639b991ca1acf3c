/**
 * The dashboard: pure statistics and the SVG charts, then the route for each role.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  inquiriesPerWeek,
  lastWeeks,
  median,
  medianHoursToReply,
  medianHoursToReplyPerWeek,
  shareSentWithoutEdits,
  topCounts,
  weekStart,
} from '../../src/desk/dashboard/stats.js';
import { barChart, chartFigure, columnChart, niceTicks } from '../../src/desk/dashboard/charts.js';

void describe('dashboard statistics', () => {
  void it('finds the Monday that starts a week (UTC)', () => {
    // 2026-11-27 is a Friday; its week starts Monday 2026-11-23
    assert.equal(weekStart('2026-11-27T05:00:00Z'), '2026-11-23');
    // a Monday is its own week start, a Sunday belongs to the week before
    assert.equal(weekStart('2026-11-23T00:00:00Z'), '2026-11-23');
    assert.equal(weekStart('2026-11-29T23:59:59Z'), '2026-11-23');
    // across a year boundary
    assert.equal(weekStart('2026-01-01T12:00:00Z'), '2025-12-29');
  });

  void it('lists the last weeks oldest first, ending with the current week', () => {
    assert.deepEqual(lastWeeks(new Date('2026-11-27T05:00:00Z'), 3), [
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
  });

  void it('counts inquiries per week, with empty weeks as zero and old ones left out', () => {
    const now = new Date('2026-11-27T05:00:00Z');
    const counts = inquiriesPerWeek(
      [
        '2026-11-24T09:00:00Z', // this week
        '2026-11-23T00:00:01Z', // this week (Monday)
        '2026-11-10T12:00:00Z', // two weeks ago
        '2026-10-01T12:00:00Z', // outside the 3-week window
      ],
      now,
      3,
    );
    assert.deepEqual(counts, [
      { week: '2026-11-09', count: 1 },
      { week: '2026-11-16', count: 0 },
      { week: '2026-11-23', count: 2 },
    ]);
  });

  void it('computes medians for odd, even and empty inputs', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([]), null);
  });

  void it('gives the median hours to reply, clamping clock skew to zero', () => {
    const r = medianHoursToReply([
      { receivedAt: '2026-11-02T00:00:00Z', sentAt: '2026-11-02T06:00:00Z' }, // 6 h
      { receivedAt: '2026-11-02T00:00:00Z', sentAt: '2026-11-04T00:00:00Z' }, // 48 h
      { receivedAt: '2026-11-03T00:00:00Z', sentAt: '2026-11-02T23:00:00Z' }, // -1 h → 0
    ]);
    assert.deepEqual(r, { hours: 6, replies: 3 });
  });

  void it('gives the median hours per week of sending', () => {
    const perWeek = medianHoursToReplyPerWeek(
      [
        { receivedAt: '2026-11-16T00:00:00Z', sentAt: '2026-11-17T00:00:00Z' }, // 24 h, week of 16th
        { receivedAt: '2026-11-23T00:00:00Z', sentAt: '2026-11-23T02:00:00Z' }, // 2 h, week of 23rd
        { receivedAt: '2026-11-23T00:00:00Z', sentAt: '2026-11-23T04:00:00Z' }, // 4 h, week of 23rd
      ],
      new Date('2026-11-27T00:00:00Z'),
      3,
    );
    assert.deepEqual(perWeek, [
      { week: '2026-11-09', hours: null, replies: 0 },
      { week: '2026-11-16', hours: 24, replies: 1 },
      { week: '2026-11-23', hours: 3, replies: 2 },
    ]);
  });

  void it('gives the share of drafts sent without edits', () => {
    assert.deepEqual(
      shareSentWithoutEdits([
        { editedBeforeSend: false },
        { editedBeforeSend: true },
        { editedBeforeSend: false },
        { editedBeforeSend: false },
      ]),
      { sent: 4, unedited: 3, share: 0.75 },
    );
    assert.deepEqual(shareSentWithoutEdits([]), { sent: 0, unedited: 0, share: null });
  });

  void it('ranks keys counting each record once per key, ties by key', () => {
    const top = topCounts(
      [
        ['GARD:7338', 'GARD:7338'], // counts once
        ['GARD:6400', 'GARD:7338'],
        ['GARD:6233'],
        ['GARD:6400'],
      ],
      2,
    );
    assert.deepEqual(top, [
      { key: 'GARD:6400', count: 2 },
      { key: 'GARD:7338', count: 2 },
    ]);
  });
});

void describe('dashboard charts', () => {
  void it('picks round axis ticks from zero to at least the maximum', () => {
    assert.deepEqual(niceTicks(0, 4), [0, 1]);
    assert.deepEqual(niceTicks(4, 4), [0, 1, 2, 3, 4]);
    // 7 / 4 = 1.75 → step 2
    assert.deepEqual(niceTicks(7, 4), [0, 2, 4, 6, 8]);
    // 130 / 4 = 32.5 → step 50
    assert.deepEqual(niceTicks(130, 4), [0, 50, 100, 150]);
    assert.deepEqual(niceTicks(0.3, 4), [0, 0.1, 0.2, 0.3]);
  });

  const spec = {
    id: 'weekly',
    title: 'Inquiries per week',
    description: 'Inquiries received in each of the last 3 weeks.',
    labelHeader: 'Week',
    valueHeader: 'Inquiries',
    data: [
      { label: '2026-11-09', value: 1 },
      { label: '2026-11-16', value: 0 },
      { label: '<script>', value: 4 },
    ],
  };

  void it('draws an accessible SVG with one bar per value, scaled to the axis', () => {
    const svg = columnChart(spec).value;
    assert.match(svg, /<svg[^>]*role="img"[^>]*aria-labelledby="weekly-title weekly-desc"/);
    assert.match(svg, /<title id="weekly-title">Inquiries per week<\/title>/);
    const heights = [...svg.matchAll(/<rect\s[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.equal(heights.length, 3);
    // the axis runs 0..4: the bar of 4 is 4× the bar of 1, and the empty week has height 0
    assert.equal(heights[1], 0);
    assert.ok(Math.abs((heights[2] ?? 0) / (heights[0] ?? 1) - 4) < 0.01);
    // labels are escaped
    assert.ok(!svg.includes('<script>'));
    assert.ok(svg.includes('&lt;script&gt;'));
  });

  void it('draws horizontal bars with values and a "no data" note when empty', () => {
    const svg = barChart({
      ...spec,
      id: 'top',
      data: [{ label: 'Facial hemiatrophy', value: 3, display: '3 inquiries' }],
    }).value;
    assert.match(svg, /Facial hemiatrophy/);
    assert.match(svg, />3 inquiries</);
    assert.match(barChart({ ...spec, data: [] }).value, /No data yet/);
  });

  void it('puts the same numbers in a data table next to the chart', () => {
    const fig = chartFigure(spec, 'columns').value;
    assert.match(fig, /<table>/);
    assert.match(fig, /<th scope="row">2026-11-09<\/th>\s*<td>1<\/td>/);
    assert.match(fig, /<th scope="row">&lt;script&gt;<\/th>\s*<td>4<\/td>/);
  });
});
