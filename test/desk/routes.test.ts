/**
 * The staff console, route by route and role by role, in process over a copy of the real
 * knowledge base: access rules, CSRF, sign-in throttling and lockout, sessions, and the inquiry
 * workflow (claim conflicts, edits, swaps, references, organizations, re-drafting, preview).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createStaffRouter, receiveInquiry } from '../../src/desk/index.js';
import type { Inquiry, StaffRole } from '../../src/store/index.js';
import { openTestConsole, StaffClient } from './curation-console.js';
import type { TestConsole } from './curation-console.js';
import { freshWeb, receiveExample, signedIn, TEST_PASSWORD, tryLogin } from './support.js';

type Area = 'public' | 'any' | 'specialist' | 'curator' | 'admin' | 'dashboard';

/** Which roles may use a route, from its path. */
function areaOf(path: string): Area {
  if (path === '/login') return 'public';
  if (path.startsWith('/inquiries') || path.startsWith('/api/inquiries')) return 'specialist';
  if (path.startsWith('/users')) return 'admin';
  if (path.startsWith('/kb')) return 'curator';
  if (path.startsWith('/dashboard')) return 'dashboard';
  return 'any';
}

function allowed(area: Area, role: StaffRole): boolean {
  if (area === 'public' || area === 'any' || role === 'admin') return true;
  if (area === 'dashboard') return role === 'specialist' || role === 'curator';
  return area === role;
}

const ROLES: StaffRole[] = ['specialist', 'curator', 'admin'];

void describe('staff console routes', { timeout: 10 * 60 * 1000 }, () => {
  let con: TestConsole;
  let inquiry: Inquiry;
  /** Every route of the staff router: method and path relative to /staff. */
  let routes: Array<{ method: string; path: string }>;

  /** A concrete URL for a route path: real ids for this console's inquiry and accounts. */
  function url(path: string): string {
    return `/staff${path}`
      .replace(/\/inquiries\/:id/, `/inquiries/${inquiry.id}`)
      .replace(/\/users\/:id/, `/users/${con.users.curator.id}`)
      .replace(':n', '0')
      .replace(/:[a-z]+/g, 'x');
  }

  before(async () => {
    con = await openTestConsole();
    inquiry = await receiveExample(con.app);
    const router = createStaffRouter(con.app, { secureCookies: false });
    const seen = new Set<string>();
    routes = router.routes
      .filter((r) => r.method === 'GET' || r.method === 'POST')
      .filter((r) => !r.path.includes('*'))
      .map((r) => ({ method: r.method, path: r.path.replace(/\/$/, '') || '/' }))
      .filter((r) => {
        const key = `${r.method} ${r.path}`;
        return !seen.has(key) && seen.add(key);
      });
  });
  after(async () => {
    await con.close();
  });

  void it('lists the routes it checks (a guard against an empty table)', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    for (const expected of [
      'GET /inquiries',
      'GET /inquiries/:id',
      'POST /inquiries/:id/send',
      'POST /inquiries/:id/sections/:n/text',
      'GET /users',
      'GET /api/inquiries',
      'GET /kb',
      'GET /dashboard',
    ]) {
      assert.ok(keys.includes(expected), `${expected} in ${keys.join(', ')}`);
    }
  });

  void it('anonymous visitors are sent to the login page; the staff API answers 401 JSON', async () => {
    for (const route of routes) {
      if (areaOf(route.path) === 'public') continue;
      const res =
        route.method === 'GET'
          ? await con.as.anonymous.get(url(route.path))
          : await con.as.anonymous.post(url(route.path), {});
      if (route.path.startsWith('/api/')) {
        assert.equal(res.status, 401, `${route.method} ${route.path}`);
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'unauthenticated');
      } else {
        assert.equal(res.status, 303, `${route.method} ${route.path}`);
        assert.match(res.headers.get('location') ?? '', /^\/staff\/login/, `${route.method} ${route.path}`);
      }
    }
    const page = await con.as.anonymous.get('/staff/inquiries');
    assert.equal(page.headers.get('location'), '/staff/login?next=%2Fstaff%2Finquiries');
  });

  void it('each role opens exactly the pages of its areas (every GET route)', async () => {
    for (const role of ROLES) {
      for (const route of routes.filter((r) => r.method === 'GET' && areaOf(r.path) !== 'public')) {
        const res = await con.as[role].get(url(route.path));
        const what = `${role} GET ${route.path} → ${res.status}`;
        if (allowed(areaOf(route.path), role)) {
          assert.ok(![401, 403].includes(res.status), what);
          assert.ok(!(res.headers.get('location') ?? '').includes('/login'), what);
        } else {
          assert.equal(res.status, 403, what);
        }
      }
    }
  });

  void it('every POST without the session’s CSRF token is refused with 403', async () => {
    for (const route of routes.filter((r) => r.method === 'POST' && areaOf(r.path) !== 'public')) {
      const client = con.as.admin;
      const saved = client.csrf;
      client.csrf = 'forged-token';
      const res = await client.post(url(route.path), {});
      client.csrf = saved;
      assert.equal(res.status, 403, `POST ${route.path}`);
      assert.match(await res.text(), /security token/);
    }
  });

  void it('every POST of an area a role may not use is refused with 403, even with a valid token', async () => {
    for (const role of ROLES) {
      for (const route of routes.filter((r) => r.method === 'POST' && !allowed(areaOf(r.path), role))) {
        const res = await con.as[role].post(url(route.path), {});
        assert.equal(res.status, 403, `${role} POST ${route.path}`);
      }
    }
    // and the JSON API answers 403 as JSON
    const api = await con.as.curator.get('/staff/api/inquiries');
    assert.equal(api.status, 403);
    assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'forbidden');
  });

  void it('the login form needs its own token, and a wrong password is refused', async () => {
    const noToken = await con.web.request('/staff/login', {
      method: 'POST',
      body: new URLSearchParams({ email: con.users.admin.email, password: TEST_PASSWORD }),
    });
    assert.equal(noToken.status, 403);
    const wrong = await tryLogin(freshWeb(con.app), con.users.admin.email, 'not the password at all');
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /email or password is wrong/);
  });

  void it('session cookies are HttpOnly, SameSite=Lax, scoped to /staff, and Secure when configured', async () => {
    const { id } = await signedIn(
      con.app,
      con.web,
      'specialist',
      'cookies@desk.example.org',
      'Cookie Tester',
    );
    for (const secure of [false, true]) {
      const res = await tryLogin(
        freshWeb(con.app, { secureCookies: secure }),
        'cookies@desk.example.org',
        TEST_PASSWORD,
      );
      assert.equal(res.status, 303);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('rd_staff='));
      assert.ok(cookie, 'session cookie set');
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.match(cookie, /Path=\/staff/);
      assert.equal(/;\s*Secure/.test(cookie), secure);
    }
    assert.ok(id);
  });

  void it('locks an account after 5 wrong passwords, even for the right one, until an admin unlocks it', async () => {
    const web = freshWeb(con.app);
    const user = await con.store.createUser({
      email: 'locked@desk.example.org',
      name: 'Lock Tester',
      role: 'specialist',
      passwordHash: (await con.store.getUser(con.users.specialist.id))!.passwordHash,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await tryLogin(web, user.email, `wrong password ${i}`)).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 429]);
    const right = await tryLogin(web, user.email, 'correct horse battery staple 42');
    assert.equal(right.status, 429);
    assert.match(await right.text(), /locked/);
    assert.ok((await con.store.getUser(user.id))!.lockedUntil);
    const unlock = await con.as.admin.post(`/staff/users/${user.id}/unlock`, {});
    assert.equal(unlock.status, 303);
    assert.equal((await tryLogin(web, user.email, 'correct horse battery staple 42')).status, 303);
  });

  void it('throttles sign-in attempts per client: the 21st within 15 minutes gets 429', async () => {
    const web = freshWeb(con.app);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await tryLogin(web, `nobody${i}@desk.example.org`, 'whatever password')).status);
    assert.deepEqual(statuses.slice(0, 20), Array<number>(20).fill(401));
    assert.equal(statuses[20], 429);
  });

  void it('"log out everywhere" ends every session of the account', async () => {
    const one = await signedIn(
      con.app,
      con.web,
      'specialist',
      'everywhere@desk.example.org',
      'Everywhere Tester',
    );
    const two = new StaffClient(con.web);
    await two.login('everywhere@desk.example.org', TEST_PASSWORD);
    assert.equal((await two.get('/staff/inquiries')).status, 200);
    assert.equal((await one.client.post('/staff/logout-everywhere', {})).status, 303);
    const after = await two.get('/staff/inquiries');
    assert.equal(after.status, 303);
    assert.match(after.headers.get('location') ?? '', /\/staff\/login/);
    // plain log out ends only this browser's session
    const three = new StaffClient(con.web);
    await three.login('everywhere@desk.example.org', TEST_PASSWORD);
    assert.equal((await three.post('/staff/logout', {})).status, 303);
    assert.equal((await three.get('/staff/inquiries')).status, 303);
  });

  void it('admins manage accounts: create, refuse duplicates and short passwords, change roles', async () => {
    const admin = con.as.admin;
    const created = await admin.post('/staff/users', {
      email: 'New.Curator@desk.example.org',
      name: 'New Curator',
      role: 'curator',
      password: 'twelve chars or more',
    });
    assert.equal(created.status, 303);
    const user = await con.store.getUserByEmail('new.curator@desk.example.org');
    assert.equal(user?.role, 'curator');
    assert.notEqual(user?.passwordHash, 'twelve chars or more');
    const dup = await admin.post('/staff/users', {
      email: 'new.curator@desk.example.org',
      name: 'Again',
      role: 'curator',
      password: 'twelve chars or more',
    });
    assert.equal(dup.status, 409);
    const short = await admin.post('/staff/users', {
      email: 'x@desk.example.org',
      name: 'X',
      role: 'admin',
      password: 'short',
    });
    assert.equal(short.status, 400);
    assert.equal((await admin.post(`/staff/users/${user.id}/role`, { role: 'specialist' })).status, 303);
    assert.equal((await con.store.getUser(user.id))?.role, 'specialist');
    const list = await (await admin.get('/staff/users')).text();
    assert.match(list, /New Curator/);
  });

  void it('claiming: a second specialist gets a 409 naming who holds it, and cannot edit it', async () => {
    const other = await signedIn(
      con.app,
      con.web,
      'specialist',
      'second@desk.example.org',
      'Second Specialist',
    );
    const own = con.as.specialist;
    assert.equal((await own.post(`/staff/inquiries/${inquiry.id}/claim`, {})).status, 303);
    const stored = await con.store.getInquiry(inquiry.id);
    assert.equal(stored?.assigneeId, con.users.specialist.id);
    assert.equal(stored?.status, 'in_review');
    const conflict = await other.client.post(`/staff/inquiries/${inquiry.id}/claim`, {});
    assert.equal(conflict.status, 409);
    assert.match(await conflict.text(), /already claimed by Test specialist/);
    const edit = await other.client.post(`/staff/inquiries/${inquiry.id}/sections/0/text`, {
      text: 'Hijacked.',
    });
    assert.equal(edit.status, 409);
    const assign = await other.client.post(`/staff/inquiries/${inquiry.id}/assign`, {
      assigneeId: other.id,
      force: 'yes',
    });
    assert.equal(assign.status, 403, 'only admins may take an inquiry away from its holder');
  });

  void it('the inquiry page shows the message, analysis, both sections with sources, scores and reasons', async () => {
    const page = await (await con.as.specialist.get(`/staff/inquiries/${inquiry.id}`)).text();
    const reply = await con.store.getReplyForInquiry(inquiry.id);
    assert.ok(reply);
    assert.deepEqual(
      reply.draft.sections.map((s) => s.type),
      ['treatment', 'find_specialist'],
    );
    assert.match(page, /How is this condition treated\?/);
    for (const section of reply.draft.sections) {
      assert.ok(page.includes(section.heading.replace(/'/g, '&#39;')), section.heading);
      for (const cand of section.candidates) {
        assert.ok(page.includes(cand.articleId), cand.articleId);
        assert.ok(page.includes(cand.score.toFixed(3)), `score of ${cand.articleId}`);
      }
    }
    assert.match(page, /condition matches/);
    assert.match(page, /Audit trail/);
    assert.match(page, /received/);
    assert.match(page, /drafted/);
  });

  void it('edits: section text, swapping an article, adding a reference and an organization, then the preview', async () => {
    const own = con.as.specialist;
    const base = `/staff/inquiries/${inquiry.id}`;
    const draft = (await con.store.getReplyForInquiry(inquiry.id))!.draft;
    const edited =
      'Treatment aims at the symptoms; surgery can restore the shape of the face once the condition is stable.';
    assert.equal((await own.post(`${base}/sections/0/text`, { text: edited })).status, 303);

    const candidate = draft.sections[1].candidates.find(
      (c) => !draft.sections[1].articleIds.includes(c.articleId),
    );
    assert.ok(candidate, 'the find-specialist section has an unused candidate');
    assert.equal((await own.post(`${base}/sections/1/swap`, { articleId: candidate.articleId })).status, 303);

    const refTitle = 'Parry-Romberg syndrome: Physical, clinical, and imaging features';
    const added = await own.post(`${base}/sections/0/reference`, {
      title: refTitle,
      authors: 'Aydin H, Yologlu Z, Sargin H, Metin MR',
      journal: 'Neurosciences',
      date: '2015',
      url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4727625/',
    });
    assert.equal(added.status, 303);

    const focus = (await con.store.getInquiry(inquiry.id))!.analysis!.foci[0].conditionId;
    await con.store.upsertOrganization({
      id: 'test-rombergs-connection',
      name: 'The Romberg’s Connection (test)',
      kind: 'patient_organization',
      email: 'contact@rombergs.example.org',
      phone: null,
      website: 'https://rombergs.example.org/',
      country: null,
      description: null,
      conditionIds: [focus],
      updatedAt: new Date().toISOString(),
    });
    assert.equal(
      (await own.post(`${base}/sections/1/organization`, { organizationId: 'test-rombergs-connection' }))
        .status,
      303,
    );

    const reply = await con.store.getReplyForInquiry(inquiry.id);
    const letter = reply!.edited!;
    assert.equal(reply!.status, 'draft');
    assert.match(JSON.stringify(letter.sections[0].blocks), /restore the shape of the face/);
    assert.equal(letter.sections[1].articleIds[0], candidate.articleId);
    const ref = letter.references.find((r) => r.title === refTitle);
    assert.ok(ref);
    assert.match(JSON.stringify(letter.sections[0].blocks), new RegExp(`\\[${ref.n}\\]`));
    assert.deepEqual(
      letter.sections[1].organizations.map((o) => o.id),
      ['test-rombergs-connection'],
    );

    const preview = await (await own.get(`${base}/preview`)).text();
    assert.match(preview, /restore the shape of the face/);
    assert.ok(preview.includes(refTitle));
    assert.ok(preview.includes('Romberg’s Connection (test)'));
    assert.match(preview, /Re: Progressive hemifacial atrophy \[RD-/);

    const audit = (await con.store.listAudit(inquiry.id)).map((e) => e.action);
    for (const action of [
      'claimed',
      'section_edited',
      'article_swapped',
      'reference_added',
      'organization_added',
    ]) {
      assert.ok(audit.includes(action), action);
    }
    // bad inputs are named
    assert.equal((await own.post(`${base}/sections/9/text`, { text: 'x' })).status, 404);
    const badCite = await own.post(`${base}/sections/0/text`, { text: 'Cites [99].' });
    assert.equal(badCite.status, 400);
    assert.match(await badCite.text(), /no reference 99/);
  });

  void it('correcting the analysis re-drafts the reply from the corrected sub-questions', async () => {
    const second = await receiveExample(con.app, 'Ben Jones', 'ben@example.org');
    const analysis = second.analysis!;
    const form = new FormData();
    for (const f of analysis.foci) form.append('condition', f.conditionId);
    // keep only the first sub-question, and say it asks about diagnosis instead
    form.append('sq_keep', '0');
    form.set('sq_type_0', 'diagnosis');
    form.set('sq_focus_0', analysis.foci[0].conditionId);
    form.set('sq_text_0', analysis.subquestions[0].text);
    const res = await con.as.specialist.post(`/staff/inquiries/${second.id}/analysis`, form);
    assert.equal(res.status, 303);
    const stored = await con.store.getInquiry(second.id);
    assert.deepEqual(
      stored!.analysis!.subquestions.map((s) => s.type),
      ['diagnosis'],
    );
    const reply = await con.store.getReplyForInquiry(second.id);
    assert.deepEqual(
      reply!.draft.sections.map((s) => s.type),
      ['diagnosis'],
    );
    assert.match(reply!.draft.sections[0].heading, /diagnosed/);
    const audit = (await con.store.listAudit(second.id)).map((e) => e.action);
    assert.ok(audit.includes('analysis_corrected') && audit.includes('redrafted'));
  });

  void it('a condition the knowledge base does not hold is shown to the specialist and kept through a correction', async () => {
    // no condition of the knowledge base has "hand foot and mouth disease" among its names
    const third = await receiveInquiry(con.app, {
      channel: 'web',
      name: 'Cara Lee',
      email: 'cara@example.org',
      subject: '',
      message: 'My son has hand foot and mouth disease. How long does it last?',
      consent: true,
    });
    const page = await (await con.as.specialist.get(`/staff/inquiries/${third.id}`)).text();
    assert.match(page, /Named but not in the knowledge base:\s*“hand foot and mouth disease”/);
    const form = new FormData();
    form.append('sq_keep', '0');
    form.set('sq_type_0', 'prognosis');
    form.set('sq_focus_0', '');
    form.set('sq_text_0', third.analysis!.subquestions[0].text);
    assert.equal((await con.as.specialist.post(`/staff/inquiries/${third.id}/analysis`, form)).status, 303);
    const reply = await con.store.getReplyForInquiry(third.id);
    assert.match(
      JSON.stringify(reply!.draft.sections[0].blocks),
      /no information on “hand foot and mouth disease”/,
    );
  });

  void it('the queue lists open inquiries oldest first and filters by status, type, condition and assignee', async () => {
    const own = con.as.specialist;
    const all = await (await own.get('/staff/inquiries')).text();
    assert.ok(all.indexOf(inquiry.reference) >= 0);
    const references = [...all.matchAll(/>(RD-\d{4}-\d+)</g)].map((m) => m[1]);
    assert.deepEqual(references, [...references].sort(), 'oldest (lowest reference) first');
    const mine = await (await own.get(`/staff/inquiries?assignee=${con.users.specialist.id}`)).text();
    assert.ok(mine.includes(inquiry.reference));
    const inReview = await (await own.get('/staff/inquiries?status=in_review')).text();
    assert.ok(inReview.includes(inquiry.reference));
    const sent = await (await own.get('/staff/inquiries?status=sent')).text();
    assert.ok(!sent.includes(inquiry.reference));
    const byType = await (await own.get('/staff/inquiries?type=find_specialist')).text();
    assert.ok(byType.includes(inquiry.reference));
    const byOtherType = await (await own.get('/staff/inquiries?type=side_effects')).text();
    assert.ok(!byOtherType.includes(inquiry.reference));
    const byCondition = await (
      await own.get('/staff/inquiries?condition=progressive+hemifacial+atrophy')
    ).text();
    assert.ok(byCondition.includes(inquiry.reference));
    const api = (await (await own.get('/staff/api/inquiries?status=in_review')).json()) as {
      inquiries: Array<{ id: string }>;
    };
    assert.ok(api.inquiries.some((i) => i.id === inquiry.id));
  });
});
