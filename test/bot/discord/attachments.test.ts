/**
 * Files through Discord's attachment options (issue 13), at the wire: `/hadamard product a_file: b_file:` with CSV
 * files served by the fake's CDN is answered; an oversized file is refused before anything is downloaded (by the size
 * the interaction states), or during the download (cut at the limit, when the host sends no Content-Length); a file
 * whose URL is not on Discord's file host is never fetched, and a file host that redirects elsewhere is not followed
 * (a server standing in for the other host records every request: it gets none). Over the gateway and over HTTP
 * interactions.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCanvas } from '@napi-rs/canvas';
import { DEFAULT_LIMITS } from '../../../src/engine/index.js';
import { downloadAttachment } from '../../../src/bot/discord/attachments.js';
import { ElsewhereServer } from '../../fakes/elsewhere.js';
import { answerOf, PNG_SIGNATURE, startHarness, type DiscordHarness } from './harness.js';

const EPHEMERAL = 64;
/** The "thinking…" placeholder of a deferred interaction. */
const LOADING = 1 << 7;
const RATE = { RATE_LIMIT_COUNT: '1000' };
const csv = (rows: number[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n') + '\n');

/**
 * The private answer to an interaction: a command with files is acknowledged at once, in the channel ("thinking…");
 * a refusal then replaces that placeholder with a private follow-up.
 */
function privateReply(h: DiscordHarness, token: string) {
  return h.fake.waitFor(() => {
    const followUp = h.fake.followUps(token).find((m) => (m.flags & EPHEMERAL) !== 0);
    if (followUp) assert.ok(h.fake.original(token)?.deleted, 'the public placeholder is gone');
    return followUp;
  }, 'the private reply');
}

async function withBot(mode: 'gateway' | 'http', fn: (h: DiscordHarness) => Promise<void>): Promise<void> {
  const h = await startHarness({ mode, env: RATE });
  try {
    await fn(h);
  } finally {
    await h.close();
  }
}

for (const mode of ['gateway', 'http'] as const) {
  describe(`Discord attachment options (${mode})`, () => {
    it('a_file and b_file: two CSV files are the operands, and the answer comes with its figure', () =>
      withBot(mode, async (h) => {
        const { token } = h.fake.dispatchCommand('product', {}, h.fake.alice, 'guild', {
          a_file: {
            filename: 'a.csv',
            data: csv([
              [2, 3],
              [4, 1],
            ]),
            contentType: 'text/csv',
          },
          b_file: {
            filename: 'b.csv',
            data: csv([
              [5, 6],
              [7, 8],
            ]),
            contentType: 'text/csv',
          },
        });
        const answer = await answerOf(h.fake, token);
        assert.equal(answer.flags & EPHEMERAL, 0, `answered in the channel: ${answer.content}`);
        for (const v of ['10', '18', '28', '8']) assert.match(answer.content, new RegExp(`\\b${v}\\b`));
        assert.ok(answer.attachments.some((a) => a.data?.subarray(0, 8).equals(PNG_SIGNATURE)));
        assert.equal(h.fake.downloads.length, 2, 'both files downloaded from the CDN');
      }));

    it('apply image with a photo in a_file: the student’s own picture, filtered pixelwise', () =>
      withBot(mode, async (h) => {
        const canvas = createCanvas(40, 24);
        const g = canvas.getContext('2d');
        g.fillStyle = '#707070';
        g.fillRect(0, 0, 40, 24);
        const { token } = h.fake.dispatchCommand(
          'apply',
          { application: 'image', a: 'vignette' },
          h.fake.alice,
          'guild',
          {
            a_file: { filename: 'photo.png', data: canvas.toBuffer('image/png'), contentType: 'image/png' },
          },
        );
        const answer = await answerOf(h.fake, token);
        assert.match(answer.content, /Your 24×40 image ∘ a vignette/, answer.content.slice(0, 300));
      }));

    it('a file and a typed matrix mix: a_file with b typed', () =>
      withBot(mode, async (h) => {
        const { token } = h.fake.dispatchCommand('schur', { b: '[[1,1],[1,1]]' }, h.fake.alice, 'guild', {
          a_file: {
            filename: 'cov.csv',
            data: csv([
              [2, 1],
              [1, 2],
            ]),
          },
        });
        const answer = await answerOf(h.fake, token);
        assert.equal(answer.flags & EPHEMERAL, 0, answer.content);
      }));

    it('an oversized file is refused by its stated size, before any download', () =>
      withBot(mode, async (h) => {
        const { token } = h.fake.dispatchCommand('psd', {}, h.fake.alice, 'guild', {
          m_file: { filename: 'huge.csv', data: csv([[1]]), statedSize: DEFAULT_LIMITS.maxFileBytes + 1 },
        });
        const reply = await privateReply(h, token);
        assert.equal(reply.flags & EPHEMERAL, EPHEMERAL, 'privately');
        assert.match(reply.content, /m_file \(huge\.csv\) is 8\.0 MB; attached files may be at most 8\.0 MB/);
        assert.deepEqual(h.fake.downloads, [], 'nothing was downloaded');
        assert.equal(h.handled(), 0, 'nothing was computed');
      }));

    it('a file larger than it said is refused by Content-Length, or cut at the limit when chunked', () =>
      withBot(mode, async (h) => {
        const big = Buffer.alloc(DEFAULT_LIMITS.maxFileBytes * 2 + 1, 0x31);
        const sizes: string[] = [];
        for (const chunked of [false, true]) {
          const { token } = h.fake.dispatchCommand('psd', {}, h.fake.alice, 'guild', {
            m_file: { filename: 'liar.csv', data: big, statedSize: 10, chunked },
          });
          const reply = await privateReply(h, token);
          const m = /liar\.csv\) is (\d+\.\d) MB; attached files may be at most 8\.0 MB/.exec(reply.content);
          assert.ok(m, reply.content);
          sizes.push(m[1]);
        }
        // With Content-Length the file is refused by it (the whole 16 MB declared); chunked, the download stops as
        // soon as it passes 8 MB, never reading to the end.
        assert.deepEqual(sizes[0], '16.0');
        assert.ok(Number(sizes[1]) >= 8 && Number(sizes[1]) < 9, `cut just past the limit: ${sizes[1]} MB`);
        assert.equal(h.fake.downloads.length, 2, 'the downloads started');
        const chunkedPath = h.fake.downloads[1];
        await h.fake.waitFor(() => h.fake.closedDownloads.includes(chunkedPath), 'the chunked download to end');
        assert.ok(!h.fake.completedDownloads.includes(chunkedPath), 'the chunked one was not read to the end');
        assert.equal(h.handled(), 0);
      }));

    it('a URL that is not Discord’s file host is never fetched', () =>
      withBot(mode, async (h) => {
        // The same fake server under another name: a different host, so not the configured CDN.
        const foreign = h.fake.cdnUrl.replace('127.0.0.1', 'localhost') + '/attachments/evil.csv';
        const { token } = h.fake.dispatchCommand('psd', {}, h.fake.alice, 'guild', {
          m_file: { filename: 'evil.csv', data: csv([[1]]), url: foreign },
        });
        const reply = await privateReply(h, token);
        assert.equal(reply.flags & EPHEMERAL, EPHEMERAL);
        assert.match(reply.content, /not on Discord's file server/);
        assert.deepEqual(h.fake.downloads, []);
        assert.equal(h.handled(), 0);
      }));

    it('Discord’s file host answering with a redirect elsewhere: refused, and the other host gets nothing', () =>
      withBot(mode, async (h) => {
        const elsewhere = await ElsewhereServer.start();
        try {
          for (const status of [302, 307]) {
            const filename = `moved-${status}.csv`;
            const location = elsewhere.url(`/attachments/${filename}`);
            const { token } = h.fake.dispatchCommand('psd', {}, h.fake.alice, 'guild', {
              m_file: { filename, data: csv([[1]]), redirect: { status, location } },
            });
            // Whichever comes first: the private refusal, or (had the redirect been followed) the public answer.
            const reply = await h.fake.waitFor(() => {
              const original = h.fake.original(token);
              const answered = original && !original.deleted && (original.flags & LOADING) === 0;
              return (
                h.fake.followUps(token).find((m) => (m.flags & EPHEMERAL) !== 0) ?? (answered ? original : undefined)
              );
            }, 'a reply');
            assert.equal(reply.flags & EPHEMERAL, EPHEMERAL, `refused privately, not answered: ${reply.content}`);
            assert.match(
              reply.content,
              new RegExp(`m_file \\(moved-${status}\\.csv\\) could not be downloaded; please attach it again`),
            );
          }
          assert.equal(h.fake.downloads.length, 2, 'one request each, to the CDN');
          assert.deepEqual(elsewhere.requests, [], 'the redirect was not followed');
          assert.equal(h.handled(), 0, 'nothing was computed');
        } finally {
          await elsewhere.close();
        }
      }));

    it('a typed matrix and a file for the same operand: the user is told to pick one', () =>
      withBot(mode, async (h) => {
        const { token } = h.fake.dispatchCommand('psd', { m: '[[1]]' }, h.fake.alice, 'guild', {
          m_file: { filename: 'm.csv', data: csv([[1]]) },
        });
        const reply = await privateReply(h, token);
        assert.equal(reply.flags & EPHEMERAL, EPHEMERAL);
        assert.match(reply.content, /m and m_file were both given/);
      }));
  });
}

it('downloadAttachment itself: a redirect from the allowed host is a bad_file error naming the option and the file', async () => {
  const elsewhere = await ElsewhereServer.start();
  // The allowed host answers every download with a redirect to the other one.
  const cdn = createServer((_req, res) => res.writeHead(302, { location: elsewhere.url('/x.csv') }).end());
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  try {
    const host = `127.0.0.1:${(cdn.address() as AddressInfo).port}`;
    const got = await downloadAttachment(
      'a_file',
      { filename: 'a.csv', url: `http://${host}/attachments/1/2/a.csv`, size: 8 },
      { hosts: [host] },
    );
    assert.ok('code' in got, `refused, not downloaded: ${JSON.stringify(got)}`);
    assert.equal(got.code, 'bad_file');
    assert.match(got.message, /^a_file \(a\.csv\) could not be downloaded; please attach it again$/);
    assert.deepEqual(elsewhere.requests, []);
  } finally {
    cdn.closeAllConnections();
    await new Promise((resolve) => cdn.close(resolve));
    await elsewhere.close();
  }
});
