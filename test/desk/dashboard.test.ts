/**
 * The dashboard: pure statistics and the SVG charts, then the route for each role.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { receiveInquiry } from '../../src/desk/index.js';
import { openTestConsole, type TestConsole } from './curation-console.js';
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
    // counts get whole-number ticks
    assert.deepEqual(niceTicks(1, 4, true), [0, 1]);
    assert.deepEqual(niceTicks(3, 4, true), [0, 1, 2, 3]);
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
    assert.match(columnChart({ ...spec, data: [{ label: 'w', value: null }] }).value, /No data yet/);
  });

  void it('puts the same numbers in a data table next to the chart', () => {
    const fig = chartFigure(spec, 'columns').value;
    assert.match(fig, /<table>/);
    assert.match(fig, /<th scope="row">2026-11-09<\/th>\s*<td>1<\/td>/);
    assert.match(fig, /<th scope="row">&lt;script&gt;<\/th>\s*<td>4<\/td>/);
  });
});

void describe('dashboard route', { timeout: 10 * 60 * 1000 }, () => {
  let con: TestConsole;
  const DAY = 24 * 3600 * 1000;
  const now = Date.now();
  const at = (msAgo: number) => new Date(now - msAgo).toISOString();
  const received = [at(2 * DAY), at(9 * DAY), at(10 * DAY), at(200 * DAY)];
  const EMAIL = 'private.person@example.org';

  before(async () => {
    con = await openTestConsole();
    const messages = [
      'How is Fabry disease treated?',
      'I have a friend who is affected by progressive hemifacial atrophy. How is this condition treated?',
      'Is cystic fibrosis inherited? What diet helps with cystic fibrosis?',
      'What causes Huntington disease?',
    ];
    for (const [i, message] of messages.entries()) {
      await receiveInquiry(con.app, {
        channel: 'web',
        name: 'Private Person',
        email: EMAIL,
        subject: 'Question',
        message,
        consent: true,
        receivedAt: received[i],
      });
    }
    const inquiries = await con.store.listInquiries({});
    const byReceived = (t: string) => inquiries.find((q) => q.receivedAt === t);
    // sent unedited 24 h after receipt
    const a = await con.store.getReplyForInquiry(byReceived(received[1] ?? '')?.id ?? '');
    assert.ok(a);
    await con.store.markReplySent(a.id, con.users.specialist.id, at(8 * DAY));
    // edited, then sent 72 h after receipt
    const b = await con.store.getReplyForInquiry(byReceived(received[2] ?? '')?.id ?? '');
    assert.ok(b);
    const edited = { ...b.draft, closing: `${b.draft.closing} With best wishes.` };
    const saved = await con.store.saveReply({ ...b, edited, editedBeforeSend: true });
    await con.store.markReplySent(saved.id, con.users.specialist.id, at(7 * DAY));
  });
  after(async () => {
    await con?.close();
  });

  void it('is open to every staff role and to no anonymous visitor', async () => {
    const anon = await con.as.anonymous.get('/staff/dashboard');
    assert.equal(anon.status, 303);
    assert.match(anon.headers.get('location') ?? '', /^\/staff\/login/);
    for (const role of ['specialist', 'curator', 'admin'] as const) {
      assert.equal((await con.as[role].get('/staff/dashboard')).status, 200, role);
    }
  });

  void it('shows the key figures and six accessible charts with their data tables, and no personal data', async () => {
    const page = await (await con.as.specialist.get('/staff/dashboard?weeks=12')).text();
    // 3 inquiries in the last 12 weeks (the fourth is 200 days old)
    assert.match(page, /<strong>3<\/strong>\s*inquiries/);
    assert.match(page, /<strong>2<\/strong>\s*replies sent/);
    // median of 24 h and 72 h
    assert.match(page, /<strong>2 days<\/strong>\s*median time to reply/);
    assert.match(page, /<strong>50%<\/strong>\s*sent without edits/);
    assert.equal([...page.matchAll(/<svg[^>]*role="img"/g)].length, 6);
    assert.equal([...page.matchAll(/<title id="[a-z-]+-title">/g)].length, 6);
    assert.equal([...page.matchAll(/<table>/g)].length, 6);
    // the weekly table has each inquiry's week with its count
    const perWeek = new Map<string, number>();
    for (const t of received.slice(0, 3)) perWeek.set(weekStart(t), (perWeek.get(weekStart(t)) ?? 0) + 1);
    for (const [week, count] of perWeek) {
      assert.match(page, new RegExp(`<th scope="row">${week}</th>\\s*<td>${count}</td>`), week);
    }
    // top conditions come from the stored analyses
    const inquiries = await con.store.listInquiries({});
    const named = inquiries.find((q) => q.receivedAt === received[0])?.analysis?.foci[0]?.name;
    assert.ok(named, 'the first message names a known condition');
    assert.ok(page.includes(named));
    assert.ok(!page.includes(EMAIL) && !page.includes('Private Person') && !page.includes('How is Fabry'));
  });

  void it('counts the old inquiry when the period covers it', async () => {
    const page = await (await con.as.curator.get('/staff/dashboard?weeks=52')).text();
    assert.match(page, /<strong>4<\/strong>\s*inquiries/);
    // curators get the link to the full gap list; specialists do not
    assert.match(page, /\/staff\/kb\/gaps/);
    const specialist = await (await con.as.specialist.get('/staff/dashboard?weeks=52')).text();
    assert.ok(!specialist.includes('/staff/kb/gaps'));
  });
});
