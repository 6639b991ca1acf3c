/**
 * Sending replies through a real SMTP server on loopback: the received message has both sections
 * (text and HTML) and the references; a refused connection leaves the reply queued with a visible
 * error, a retry sends it once; nothing is sent twice. Then publishing the answered inquiry with
 * personal data removed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sendReply } from '../../src/desk/index.js';
import type { Inquiry } from '../../src/store/index.js';
import { openTestConsole } from './curation-console.js';
import type { TestConsole } from './curation-console.js';
import { freshWeb, receiveExample, refusedPort, signedIn, startSmtpSink } from './support.js';
import type { SmtpSink } from './support.js';
import type { StaffClient } from './curation-console.js';

void describe('sending replies by SMTP', { timeout: 10 * 60 * 1000 }, () => {
  let con: TestConsole;
  let sink: SmtpSink;
  let deadPort: number;

  before(async () => {
    sink = await startSmtpSink();
    deadPort = await refusedPort();
    con = await openTestConsole();
  });
  after(async () => {
    await con.close();
    await sink.close();
  });

  /** A console whose mailer points at `port`, with the specialist signed in. */
  async function consoleFor(port: number, email: string): Promise<StaffClient> {
    const web = freshWeb(con.app, {
      smtp: {
        ...con.app.config.smtp,
        host: '127.0.0.1',
        port,
        secure: false,
        from: 'Desk <desk@raredesk.test>',
      },
    });
    return (await signedIn(con.app, web, 'specialist', email, `Sender ${email}`)).client;
  }

  void it('sends text and HTML with both sections and the references, stores time and sender', async () => {
    const inquiry = await receiveExample(con.app);
    const client = await consoleFor(sink.port, 'sender1@desk.example.org');
    const res = await client.post(`/staff/inquiries/${inquiry.id}/send`, {});
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /done=sent/);
    await sink.waitFor(1);
    const mail = sink.messages[0];
    const letter = (await con.store.getReplyForInquiry(inquiry.id))!.draft;
    assert.equal(
      mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : null,
      'anna.smith@example.org',
    );
    assert.match(mail.subject ?? '', new RegExp(`\\[${inquiry.reference}\\]`));
    assert.equal(letter.sections.length, 2);
    for (const section of letter.sections) {
      assert.ok(mail.text?.includes(section.heading), `text has "${section.heading}"`);
      assert.ok(
        String(mail.html).includes(section.heading.replace(/'/g, '&#39;')) ||
          String(mail.html).includes(section.heading),
        `html has "${section.heading}"`,
      );
    }
    assert.ok(letter.references.length > 0);
    for (const ref of letter.references)
      assert.ok(mail.text?.includes(ref.title), `text cites "${ref.title}"`);
    const reply = await con.store.getReplyForInquiry(inquiry.id);
    assert.equal(reply?.status, 'sent');
    assert.ok(reply?.sentAt);
    assert.equal((await con.store.getUser(reply.sentBy!))?.email, 'sender1@desk.example.org');
    assert.equal(reply.editedBeforeSend, false);
    assert.equal(mail.messageId, `<reply-${reply.id}@raredesk.test>`);
    assert.equal((await con.store.getInquiry(inquiry.id))?.status, 'sent');

    // never twice: a second click is a conflict and nothing more arrives
    const again = await client.post(`/staff/inquiries/${inquiry.id}/send`, {});
    assert.equal(again.status, 409);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(sink.messages.filter((m) => m.subject?.includes(inquiry.reference)).length, 1);
  });

  void it('a refused connection keeps the reply queued with a visible error; the retry sends it once', async () => {
    const inquiry: Inquiry = await receiveExample(con.app, 'Carla Diaz', 'carla@example.org');
    const failing = await consoleFor(deadPort, 'sender2@desk.example.org');
    const res = await failing.post(`/staff/inquiries/${inquiry.id}/send`, {});
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /done=send_failed/);
    const queued = await con.store.getReplyForInquiry(inquiry.id);
    assert.equal(queued?.status, 'queued');
    assert.match(queued?.lastError ?? '', /ECONNREFUSED/);
    assert.notEqual((await con.store.getInquiry(inquiry.id))?.status, 'sent');
    const page = await (await failing.get(`/staff/inquiries/${inquiry.id}`)).text();
    assert.match(page, /Sending failed: .*ECONNREFUSED/);
    assert.match(page, /Retry sending/);
    assert.ok((await con.store.listAudit(inquiry.id)).some((e) => e.action === 'send_failed'));

    // retry through a working server, as the same specialist (who holds the inquiry now)
    const user = await con.store.getUserByEmail('sender2@desk.example.org');
    const before = sink.messages.length;
    const sent = await sendReply(
      con.app,
      { ...con.app.config.smtp, host: '127.0.0.1', port: sink.port, secure: false },
      user!,
      inquiry.id,
    );
    assert.equal(sent.status, 'sent');
    assert.equal(sent.lastError, null);
    await sink.waitFor(before + 1);
    await assert.rejects(
      sendReply(
        con.app,
        { ...con.app.config.smtp, host: '127.0.0.1', port: sink.port, secure: false },
        user!,
        inquiry.id,
      ),
      /already sent/,
    );
    assert.equal(sink.messages.filter((m) => m.subject?.includes(inquiry.reference)).length, 1);
  });

  void it('an edited reply is sent as edited and recorded as edited', async () => {
    const inquiry = await receiveExample(con.app, 'Dan Ode', 'dan@example.org');
    const client = await consoleFor(sink.port, 'sender3@desk.example.org');
    const text = 'Surgery can restore the face once the condition is stable; ask a craniofacial team.';
    assert.equal((await client.post(`/staff/inquiries/${inquiry.id}/sections/0/text`, { text })).status, 303);
    const before = sink.messages.length;
    assert.equal((await client.post(`/staff/inquiries/${inquiry.id}/send`, {})).status, 303);
    await sink.waitFor(before + 1);
    const mail = sink.messages.find((m) => m.subject?.includes(inquiry.reference));
    assert.ok(mail?.text?.includes('ask a craniofacial team'));
    assert.equal((await con.store.getReplyForInquiry(inquiry.id))?.editedBeforeSend, true);
  });

  void it('publishes an answered inquiry only after redaction and confirmation', async () => {
    const inquiry = await con.app.store.createInquiry({
      channel: 'web',
      name: 'Maria Lopez',
      email: 'maria@example.org',
      subject: 'Progressive hemifacial atrophy',
      message:
        'My name is Maria Lopez, call me at +1 555 123 4567. My son Tom was born on 12 March 2015. How is progressive hemifacial atrophy treated?',
      consent: true,
    });
    const analysis = con.app.analyze(inquiry.message, { subject: inquiry.subject });
    await con.store.updateInquiry(inquiry.id, { analysis, status: 'drafted' });
    await con.store.saveReply({
      inquiryId: inquiry.id,
      draft: await con.app.answer(inquiry.message, { analysis }),
      edited: null,
      status: 'draft',
      sentAt: null,
      sentBy: null,
      lastError: null,
      editedBeforeSend: false,
    });
    const client = await consoleFor(sink.port, 'publisher@desk.example.org');
    const early = await client.get(`/staff/inquiries/${inquiry.id}/publish`);
    assert.equal(early.status, 409, 'not before the reply was sent');
    assert.equal((await client.post(`/staff/inquiries/${inquiry.id}/send`, {})).status, 303);

    const form = await (await client.get(`/staff/inquiries/${inquiry.id}/publish`)).text();
    // The session's random CSRF token may spell anything ("Tom"): it is not part of what is shown.
    const shown = form.replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf"');
    for (const personal of ['Maria', 'Lopez', '555 123 4567', 'Tom', '12 March 2015']) {
      assert.ok(!shown.includes(personal), `"${personal}" is redacted on the confirmation page`);
    }
    const question =
      /<textarea id="pub-question" name="question" rows="6">([^<]*)<\/textarea>/.exec(form)?.[1] ?? '';
    assert.match(question, /How is progressive hemifacial atrophy treated\?/);
    const sections = [...form.matchAll(/name="section_(\d+)" rows="8">([^<]*)<\/textarea>/g)].map(
      (m) => m[2],
    );
    const conditionId = analysis.foci[0].conditionId;
    const unescape = (s: string) =>
      s
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const fields: Record<string, string> = { conditionId, question: unescape(question) };
    sections.forEach((t, i) => (fields[`section_${i}`] = unescape(t)));

    const unconfirmed = await client.post(`/staff/inquiries/${inquiry.id}/publish`, fields);
    assert.equal(unconfirmed.status, 400);
    const sneaky = await client.post(`/staff/inquiries/${inquiry.id}/publish`, {
      ...fields,
      question: `${fields.question} Write to maria@example.org`,
      confirmed: 'yes',
    });
    assert.equal(sneaky.status, 400, 'personal data typed back in is caught');
    assert.match(await sneaky.text(), /personal data/);
    const ok = await client.post(`/staff/inquiries/${inquiry.id}/publish`, { ...fields, confirmed: 'yes' });
    assert.equal(ok.status, 303);
    const published = await con.store.listPublishedQa(conditionId);
    const qa = published.find((p) => p.inquiryId === inquiry.id);
    assert.ok(qa);
    // What is published of the person's words: the question and the answer (the record's generated id,
    // inquiry id and time stamp may hold any digits, "555" among them).
    const everything = JSON.stringify({ question: qa.question, answer: qa.answer });
    for (const personal of ['Maria', 'Lopez', '555', 'Tom', 'March 2015', 'maria@']) {
      assert.ok(!everything.includes(personal), `"${personal}" is not published`);
    }
    assert.ok(qa.answer.blocks.some((b) => b.type === 'heading'));
    assert.ok((await con.store.listAudit(inquiry.id)).some((e) => e.action === 'published'));
  });
});
