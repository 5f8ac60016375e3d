// Files shared with the bot on Slack, at the wire: the real Bolt app against the fake Slack, which hosts the files at
// its own file host (SLACK_FILES_URL) and records every download with its token. A CSV in a DM is answered; files with
// a mention are operands (`@1`, `@2`); an oversized file is refused before any download (the size the event states),
// or at the response's Content-Length, or cut during the download; a url_private that is not on Slack's file host is
// never fetched, and a file host that redirects elsewhere is not followed (a server standing in for another host
// records every request it gets, so the tests can say that it got none, and never the bot token).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCanvas } from '@napi-rs/canvas';
import { parseCommand, run } from '../../../src/engine/index.js';
import { downloadSlackFiles, onSlackFileHost } from '../../../src/bot/slack/files.js';
import { ElsewhereServer } from '../../fakes/elsewhere.js';
import { BOT_USER_ID, FAKE_BOT_TOKEN, FakeSlack, type PostedMessage } from '../../fakes/slack.js';
import { startBot, type BotUnderTest } from './harness.js';

let fake: FakeSlack;
let bot: BotUnderTest;
let elsewhere: ElsewhereServer;
let n = 0;
const newTs = () => `${1_764_200_000 + ++n}.000100`;
const newDm = () => `D0FILES${String(++n).padStart(4, '0')}`;
const newChannel = () => `C0FILES${String(++n).padStart(4, '0')}`;

before(async () => {
  fake = await FakeSlack.start();
  bot = await startBot(fake, { rateLimit: { count: 1000, windowSeconds: 30 } });
  elsewhere = await ElsewhereServer.start();
});
after(async () => {
  await bot.stop();
  await fake.close();
  await elsewhere.close();
});

const COV = '4,2,0.6\n2,2,0.4\n0.6,0.4,1\n';

/** A user shares files in a DM with the bot (a `message` event, subtype file_share); returns the bot's reply. */
async function shareInDm(text: string, files: unknown[]): Promise<PostedMessage> {
  const channel = newDm();
  const r = await fake.sendEvent(bot.eventsUrl, {
    type: 'message',
    subtype: 'file_share',
    channel_type: 'im',
    channel,
    user: 'U0STUDENT1',
    text,
    ts: newTs(),
    files,
  });
  assert.equal(r.status, 200);
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 15_000, 'the reply in the DM');
  return fake.messages.find((m) => m.channel === channel)!;
}

async function expected(text: string, files: { name: string; bytes: string }[]) {
  const parsed = parseCommand(text, {
    attachments: files.map((f) => ({ name: f.name, bytes: Buffer.from(f.bytes) })),
  });
  assert.ok(parsed.ok);
  const r = await run(parsed.value);
  assert.ok(r.ok);
  return r;
}

test('a CSV shared in a DM is downloaded with the bot token and answered', async () => {
  const file = fake.shareFile('cov.csv', COV);
  const reply = await shareInDm('psd', [file]);
  const want = await expected('psd', [{ name: 'cov.csv', bytes: COV }]);
  assert.match(reply.allText, /cov\.csv/, 'the answer names the file');
  assert.ok(reply.allText.includes(want.title), `the engine's answer: ${want.title}`);
  const got = fake.downloads.filter((d) => d.fileId === file.id);
  assert.equal(got.length, 1);
  assert.equal(got[0].token, FAKE_BOT_TOKEN);
  // Files and no text: the files are the operands of the default verb (the entrywise product).
  const alone = await shareInDm('', [fake.shareFile('m.csv', '1,2\n3,4\n'), fake.shareFile('n.csv', '2,2\n2,2\n')]);
  assert.match(alone.allText, /m\.csv/);
  assert.match(alone.allText, /\b8\b/, '4·2 = 8');
});

test('files with a mention in a channel are the operands, @1 and @2', async () => {
  const a = '1,2\n3,4\n';
  const b = '5,6\n7,8\n';
  const channel = newChannel();
  await fake.sendEvent(bot.eventsUrl, {
    type: 'app_mention',
    user: 'U0STUDENT1',
    text: `<@${BOT_USER_ID}> product @1 @2`,
    ts: newTs(),
    channel,
    files: [fake.shareFile('a.csv', a), fake.shareFile('b.csv', b)],
  });
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 15_000, 'the mention answer');
  const reply = fake.messages.find((m) => m.channel === channel)!;
  const want = await expected('product @1 @2', [
    { name: 'a.csv', bytes: a },
    { name: 'b.csv', bytes: b },
  ]);
  assert.match(reply.allText, /a\.csv/);
  assert.match(reply.allText, /32/, '4·8 = 32 is in the product');
  assert.ok(reply.allText.includes(want.title));
});

test('an oversized file is refused before any download, by the size the event states', async () => {
  const file = fake.shareFile('huge.csv', '1,2\n', { size: 9 * 1024 * 1024 });
  const reply = await shareInDm('psd', [file]);
  assert.match(reply.allText, /huge\.csv is 9\.0 MB; attached files may be at most 8\.0 MB/);
  assert.equal(fake.downloads.filter((d) => d.fileId === file.id).length, 0, 'never downloaded');
});

test('a file larger than the event said is refused at its Content-Length, or cut during a download without one', async () => {
  const lying = fake.shareFile('lying.csv', '1,2\n', { size: 4, contentLength: 9 * 1024 * 1024 });
  const r1 = await shareInDm('psd', [lying]);
  assert.match(r1.allText, /lying\.csv is 9\.0 MB/);

  const streamed = fake.shareFile('stream.csv', '', { size: 100, chunked: true, streamBytes: 20 * 1024 * 1024 });
  const r2 = await shareInDm('psd', [streamed]);
  assert.match(r2.allText, /stream\.csv is more than 8\.0 MB/);
  assert.equal(fake.downloads.filter((d) => d.fileId === streamed.id).length, 1);
});

test('a url_private that is not on Slack’s file host is refused and never fetched', async () => {
  const file = fake.shareFile('elsewhere.csv', '1,2\n');
  const forged = {
    ...file,
    url_private: elsewhere.url(`/files/T0-${file.id}/elsewhere.csv`),
    url_private_download: elsewhere.url(`/files/T0-${file.id}/download/elsewhere.csv`),
  };
  const reply = await shareInDm('psd', [forged]);
  assert.match(reply.allText, /elsewhere\.csv is not on Slack's file host/);
  assert.deepEqual(elsewhere.requests, [], 'the other host got no request (and so never saw the token)');
  assert.equal(fake.downloads.filter((d) => d.fileId === file.id).length, 0);
});

test('a file host that redirects elsewhere is not followed: refused, the other host gets nothing, the token stays', async () => {
  for (const status of [302, 307]) {
    // The allowed host (with the bot token accepted) answers with a redirect to another address that would serve a
    // perfectly good CSV: following it would fetch from there, and a 307 would even repeat the request as it was.
    const location = elsewhere.url(`/moved-${status}.csv`);
    const file = fake.shareFile(`moved-${status}.csv`, '1,2\n3,4\n', { redirect: { status, location } });
    const reply = await shareInDm('psd', [file]);
    assert.match(
      reply.allText,
      new RegExp(`moved-${status}\\.csv could not be downloaded from Slack \\(HTTP ${status}\\)`),
    );
    assert.match(reply.allText, /Share a CSV, TSV, JSON, PNG or JPEG file/, 'with the hint');
    const got = fake.downloads.filter((d) => d.fileId === file.id);
    assert.deepEqual(
      got.map((d) => d.token),
      [FAKE_BOT_TOKEN],
      'one request, to Slack’s file host, with the token',
    );
  }
  assert.ok(!elsewhere.requests.some((r) => JSON.stringify(r.headers).includes(FAKE_BOT_TOKEN)), 'never the token');
  assert.deepEqual(elsewhere.requests, [], 'the other host got no request at all');
});

test('downloadSlackFiles itself: a redirect is a bad_file error naming the file, with nothing fetched elsewhere', async () => {
  const location = elsewhere.url('/metadata/token');
  const file = fake.shareFile('redirected.csv', '1,2\n', { redirect: { status: 302, location } });
  const got = await downloadSlackFiles([file], { token: FAKE_BOT_TOKEN, filesUrl: fake.filesUrl });
  assert.ok('code' in got, `refused, not downloaded: ${JSON.stringify(got)}`);
  assert.equal(got.code, 'bad_file');
  assert.match(got.message, /^redirected\.csv could not be downloaded from Slack \(HTTP 302\)$/);
  assert.deepEqual(elsewhere.requests, []);
});

test('onSlackFileHost: same origin and path, no credentials in the URL', () => {
  const host = 'https://files.slack.com/';
  assert.ok(onSlackFileHost('https://files.slack.com/files-pri/T1-F1/a.csv', host));
  assert.ok(!onSlackFileHost('https://files.slack.com.evil.example/files-pri/a.csv', host));
  assert.ok(!onSlackFileHost('http://files.slack.com/files-pri/a.csv', host), 'not https');
  assert.ok(!onSlackFileHost('https://files.slack.com:8443/a.csv', host), 'another port');
  assert.ok(!onSlackFileHost('https://user:pw@files.slack.com/a.csv', host));
  assert.ok(!onSlackFileHost('not a url', host));
  assert.ok(onSlackFileHost('http://127.0.0.1:5/files/x', 'http://127.0.0.1:5/files/'));
  assert.ok(!onSlackFileHost('http://127.0.0.1:5/api/x', 'http://127.0.0.1:5/files/'), 'outside the files path');
});

test('a photo shared in a DM with "apply image" is filtered pixelwise (the applications on the student’s own data)', async () => {
  const canvas = createCanvas(40, 24);
  const g = canvas.getContext('2d');
  g.fillStyle = '#707070';
  g.fillRect(0, 0, 40, 24);
  g.fillStyle = '#f0f0f0';
  g.fillRect(4, 4, 12, 12);
  const png = canvas.toBuffer('image/png');
  const reply = await shareInDm('apply image checkerboard', [fake.shareFile('photo.png', png)]);
  assert.match(reply.allText, /Your 24×40 image ∘ a checkerboard/, reply.allText.slice(0, 300));
  assert.doesNotMatch(reply.allText, /built-in/);
});

test('a user over the rate limit gets the limit notice, and their shared file is never downloaded', async () => {
  const limited = await startBot(fake, { rateLimit: { count: 1, windowSeconds: 30 } });
  try {
    const send = async (name: string) => {
      const file = fake.shareFile(name, '1,2\n3,4\n');
      const channel = newDm();
      const r = await fake.sendEvent(limited.eventsUrl, {
        type: 'message',
        subtype: 'file_share',
        channel_type: 'im',
        channel,
        user: 'U0HURRIED',
        text: 'psd',
        ts: newTs(),
        files: [file],
      });
      assert.equal(r.status, 200);
      await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 15_000, 'the reply');
      return { file, reply: fake.messages.find((m) => m.channel === channel)! };
    };
    const first = await send('first.csv');
    assert.match(first.reply.allText, /first\.csv/);
    const second = await send('second.csv');
    assert.match(second.reply.allText, /sending commands quickly/);
    assert.equal(fake.downloads.filter((d) => d.fileId === first.file.id).length, 1);
    assert.equal(fake.downloads.filter((d) => d.fileId === second.file.id).length, 0, 'nothing downloaded');
  } finally {
    await limited.stop();
  }
});
