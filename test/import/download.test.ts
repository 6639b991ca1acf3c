/**
 * The download path: with no data folder, the importer fetches MedQuAD's archive and the GARD catalog
 * over HTTP into the cache. A real HTTP server on 127.0.0.1 serves an archive built here from the
 * fixture files; a closed port stands for being offline.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as tar from 'tar';
import { importKnowledgeBase, locateData } from '../../src/import/index.js';
import { openStore } from '../../src/store/index.js';

const FIXTURE_DATA = path.resolve(import.meta.dirname, '../fixtures/import/data');
/** The commit date the archive's files carry (what the importer reads as MedQuAD's date). */
const COMMIT_DATE = new Date('2020-02-03T12:00:00Z');

void describe('downloading the sources', () => {
  let dir: string;
  let server: http.Server;
  let base: string;
  const requests: string[] = [];

  before(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'raredesk-download-'));
    // the GitHub archive's layout: one top folder holding the collection folders
    const top = path.join(dir, 'archive', 'MedQuAD-master');
    await fsp.cp(path.join(FIXTURE_DATA, 'medquad'), top, { recursive: true });
    await fsp.writeFile(path.join(top, 'QA-TestSet-readme.md'), 'not part of the import\n');
    for (const file of await fsp.readdir(top, { recursive: true })) {
      await fsp.utimes(path.join(top, file), COMMIT_DATE, COMMIT_DATE);
    }
    const archive = path.join(dir, 'medquad.tar.gz');
    await tar.c({ gzip: true, cwd: path.join(dir, 'archive'), file: archive }, ['MedQuAD-master']);

    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/medquad.tar.gz') {
        res.writeHead(200, { 'content-type': 'application/gzip' });
        fs.createReadStream(archive).pipe(res);
      } else if (req.url === '/gard.tsv') {
        res.writeHead(200, {
          'content-type': 'text/tab-separated-values',
          'last-modified': 'Fri, 31 Oct 2025 08:00:00 GMT',
        });
        fs.createReadStream(path.join(FIXTURE_DATA, 'gard', 'gard.tsv')).pipe(res);
      } else {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await fsp.rm(dir, { recursive: true, force: true });
  });

  void it('downloads into the cache when there is no data folder, then reuses the cache', async () => {
    process.env.RAREDESK_MEDQUAD_URL = `${base}/medquad.tar.gz`;
    process.env.RAREDESK_GARD_URL = `${base}/gard.tsv`;
    const cacheDir = path.join(dir, 'cache');
    const store = await openStore(path.join(dir, 'kb.sqlite'));
    try {
      const options = {
        actor: 'test',
        config: { dataDir: null, cacheDir },
        sharedDir: path.join(dir, 'no-shared-folder'),
      };
      const summary = await importKnowledgeBase(store, options);
      assert.equal(summary.origin, 'download');
      assert.equal(summary.dataDir, path.join(cacheDir, 'data'));
      assert.deepEqual(requests, ['/medquad.tar.gz', '/gard.tsv']);
      assert.equal(summary.articles, 14);
      assert.equal(summary.conditions, 7);
      assert.deepEqual(summary.skipped, []);
      // only the collection folders were unpacked, and the dates come from the archive and the server
      assert.ok(!fs.existsSync(path.join(cacheDir, 'data', 'medquad', 'QA-TestSet-readme.md')));
      const article = await store.getArticle('GARD_0000101_Sec1');
      assert.equal(article?.lastUpdated, '2020-02-03');
      assert.equal(article?.provenance.retrievedAt, '2020-02-03');
      const snapshot: unknown = JSON.parse(
        await fsp.readFile(path.join(cacheDir, 'data', 'raredesk-snapshot.json'), 'utf8'),
      );
      assert.deepEqual(snapshot, { medquad: '2020-02-03', gard: '2025-10-31' });

      const again = await importKnowledgeBase(store, options);
      assert.equal(again.origin, 'cache');
      assert.equal(requests.length, 2, 'no second download');
      assert.equal(again.articleChanges.unchanged, 14);
    } finally {
      await store.close();
    }
  });

  void it('never downloads when the shared folder exists', async () => {
    requests.length = 0;
    const location = await locateData({
      config: { dataDir: null, cacheDir: path.join(dir, 'cache-unused') },
      sharedDir: FIXTURE_DATA,
      medquadUrl: `${base}/medquad.tar.gz`,
      gardUrl: `${base}/gard.tsv`,
    });
    assert.equal(location.origin, 'shared');
    assert.equal(location.dir, FIXTURE_DATA);
    assert.deepEqual(requests, []);
    assert.ok(!fs.existsSync(path.join(dir, 'cache-unused')));
  });

  void it('says "offline" and names the URL when the server cannot be reached', async () => {
    // a port that was just free and is closed again: connection refused, as when offline
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const url = `http://127.0.0.1:${port}/medquad.tar.gz`;
    const cacheDir = path.join(dir, 'cache-offline');
    await assert.rejects(
      locateData({
        config: { dataDir: null, cacheDir },
        sharedDir: path.join(dir, 'no-shared-folder'),
        medquadUrl: url,
        gardUrl: `${base}/gard.tsv`,
      }),
      (err: Error & { code?: string }) => err.code === 'offline' && err.message.includes(url),
    );
    assert.ok(!fs.existsSync(path.join(cacheDir, 'data')), 'nothing half-written');
  });

  void it('says "data_unavailable" with the HTTP status when the server has no such file', async () => {
    await assert.rejects(
      locateData({
        config: { dataDir: null, cacheDir: path.join(dir, 'cache-404') },
        sharedDir: path.join(dir, 'no-shared-folder'),
        medquadUrl: `${base}/missing.tar.gz`,
        gardUrl: `${base}/gard.tsv`,
      }),
      (err: Error & { code?: string }) => err.code === 'data_unavailable' && /HTTP 404/.test(err.message),
    );
  });
});
