/** The local playground's HTTP contract: POST /api/command, figures, static files, limits, headers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { CATALOGUE, type Answer } from '../../../src/engine/index.js';
import { Dispatcher, type Outcome, type Request } from '../../../src/bot/runtime/dispatch.js';
import { FigureStore, pngSize, startLocal, type CommandResponse } from '../../../src/bot/local/server.js';
import { makeContext, SCRIPT_HEADERS, SEED, startServer, TINY_PNG } from './fixtures.js';

const PNG_SIGNATURE = '89504e470d0a1a0a';

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url + '/api/command', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...SCRIPT_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { res, json: (await res.json()) as CommandResponse };
}

function assertUserError(json: CommandResponse, code?: string) {
  assert.equal(json.ok, false);
  if (json.ok) return;
  if (code) assert.equal(json.error.code, code);
  assert.ok(json.error.message.length > 0, 'an error says what was wrong');
  assert.ok(json.error.hint.length > 0, 'an error has a hint');
}

test('the seed command answers with the product, text and data', async () => {
  const s = await startServer();
  try {
    const { res, json } = await post(s.url, { text: SEED });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(json.ok, true);
    if (!json.ok) return;
    assert.equal(json.verb, 'product');
    const product = (json.data.product as unknown[][]).map((r) => r.map(String));
    assert.deepEqual(product, [
      ['10', '18'],
      ['28', '8'],
    ]);
    for (const n of ['10', '18', '28', '8']) assert.match(json.text, new RegExp(`\\b${n}\\b`));
    assert.ok(json.title.length > 0);
    assert.ok(Array.isArray(json.sections));
    assert.ok(Array.isArray(json.figures));
    // The leading /hadamard is optional: the same command without it gives the same data.
    const bare = await post(s.url, { text: SEED.replace('/hadamard ', '') });
    assert.equal(bare.json.ok, true);
    if (bare.json.ok) assert.deepEqual(bare.json.data.product, json.data.product);
  } finally {
    await s.close();
  }
});

test('every figure of an engine answer is served as an immutable PNG', async () => {
  const s = await startServer();
  try {
    const { json } = await post(s.url, { text: SEED });
    assert.equal(json.ok, true);
    if (!json.ok) return;
    // The engine decides how many figures; each one listed must be fetchable.
    for (const f of json.figures) {
      assert.match(f.url, /^\/figures\/[A-Za-z0-9_-]{16,}\.png$/);
      assert.ok(f.alt.length > 0, `figure ${f.name} has alt text`);
      const res = await fetch(s.url + f.url);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'image/png');
      assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      const body = Buffer.from(await res.arrayBuffer());
      assert.equal(body.subarray(0, 8).toString('hex'), PNG_SIGNATURE);
      assert.deepEqual(pngSize(body), { width: f.width, height: f.height });
    }
  } finally {
    await s.close();
  }
});

/** A dispatcher whose answers always carry one figure, so the figure route is tested whatever the engine draws. */
class FigureDispatcher extends Dispatcher {
  override async handle(_req: Request): Promise<Outcome> {
    const answer: Answer = {
      ok: true,
      verb: 'product',
      title: 'Hadamard product',
      summary: 'A∘B',
      sections: [],
      figures: [{ name: 'tiny', png: TINY_PNG, alt: 'A two-pixel test image.' }],
      data: {},
    };
    return { kind: 'answer', answer };
  }
}

test('figures: URL, size, content type, cache headers, HEAD, unknown ids 404', async () => {
  const ctx = makeContext();
  ctx.dispatcher = new FigureDispatcher({ logger: ctx.logger, rateLimit: ctx.config.rateLimit });
  const s = await startServer(ctx);
  try {
    const { json } = await post(s.url, { text: SEED });
    assert.equal(json.ok, true);
    if (!json.ok) return;
    assert.equal(json.figures.length, 1);
    const [f] = json.figures;
    assert.deepEqual(
      { alt: f.alt, name: f.name, width: f.width, height: f.height },
      {
        alt: 'A two-pixel test image.',
        name: 'tiny',
        width: 2,
        height: 1,
      },
    );
    const res = await fetch(s.url + f.url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), TINY_PNG);
    const head = await fetch(s.url + f.url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(TINY_PNG.length));
    // Two answers never share a figure URL.
    const again = await post(s.url, { text: SEED });
    assert.ok(again.json.ok);
    if (again.json.ok) assert.notEqual(again.json.figures[0].url, f.url);
    for (const path of ['/figures/doesnotexist0000.png', '/figures/a.b.png', '/figures/', '/figures/x.svg']) {
      const gone = await fetch(s.url + path);
      assert.equal(gone.status, 404, path);
      await gone.arrayBuffer();
    }
  } finally {
    await s.close();
  }
});

test('every catalogue example answers through the endpoint, with every figure served', async () => {
  const s = await startServer();
  try {
    // Study-group verbs need the group service and a store (DESIGN §9); here they answer with needs_channel.
    for (const spec of CATALOGUE.filter((s) => !s.group))
      for (const example of spec.examples) {
        const { res, json } = await post(s.url, { text: `/hadamard ${example}` });
        assert.equal(res.status, 200, example);
        assert.equal(json.ok, true, `${example}: ${JSON.stringify(json)}`);
        if (!json.ok) continue;
        assert.equal(json.verb, spec.verb, example);
        for (const f of json.figures) {
          const fig = await fetch(s.url + f.url);
          assert.equal(fig.status, 200, `${example}: ${f.url}`);
          assert.equal(fig.headers.get('content-type'), 'image/png');
          assert.ok((await fig.arrayBuffer()).byteLength > 0);
        }
      }
  } finally {
    await s.close();
  }
});

test('a bad command is a 200 reply with ok: false, a message and a hint', async () => {
  const s = await startServer();
  try {
    for (const text of ['frobnicate [[1]]', '', '[[1,2],[3,4]] [[1,2,3]]', '[[1,x]] [[1,2]]']) {
      const { res, json } = await post(s.url, { text });
      assert.equal(res.status, 200, `"${text}"`);
      assertUserError(json);
    }
  } finally {
    await s.close();
  }
});

test('a paste longer than 4,000 characters reaches the engine, which answers text_too_long', async () => {
  const s = await startServer();
  try {
    const text = '[[' + '1,'.repeat(2247) + '10]]'; // 4,500 characters: under the body limit, over the text limit
    assert.equal(text.length, 4500);
    const { res, json } = await post(s.url, { text });
    assert.equal(res.status, 200);
    assertUserError(json, 'text_too_long');
    if (!json.ok) assert.match(json.error.message, /4500 characters long; the limit is 4000/);
    // The page's text box does not cut a paste either: no maxlength on it.
    const page = await (await fetch(s.url + '/')).text();
    const box = /<textarea[^>]*>/.exec(page)?.[0] ?? '';
    assert.match(box, /id="message"/);
    assert.doesNotMatch(box, /maxlength/i);
  } finally {
    await s.close();
  }
});

test('the request body is checked: size, media type, JSON, shape', async () => {
  const s = await startServer();
  try {
    const big = await post(s.url, { text: '[' + '1,'.repeat(10_000) + '1]' });
    assert.equal(big.res.status, 413);
    assertUserError(big.json, 'body_too_large');

    // Without a Content-Length (chunked) the limit holds too.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        s.url + '/api/command',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', ...SCRIPT_HEADERS },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 40; i++) req.write('x'.repeat(1024));
      req.end();
    });
    assert.equal(chunked.status, 413);
    assert.equal((JSON.parse(chunked.body) as { error: { code: string } }).error.code, 'body_too_large');

    const plain = await post(s.url, JSON.stringify({ text: SEED }), { 'Content-Type': 'text/plain' });
    assert.equal(plain.res.status, 415);
    assertUserError(plain.json, 'unsupported_media_type');

    const broken = await post(s.url, '{"text": ');
    assert.equal(broken.res.status, 400);
    assertUserError(broken.json, 'bad_json');

    for (const body of [{ txt: SEED }, { text: 42 }, [SEED], 'null']) {
      const wrong = await post(s.url, body);
      assert.equal(wrong.res.status, 400, JSON.stringify(body));
      assertUserError(wrong.json, 'bad_request');
    }
  } finally {
    await s.close();
  }
});

test('wrong methods get 405 with an Allow header', async () => {
  const s = await startServer();
  try {
    for (const [path, method, allow] of [
      ['/api/command', 'GET', 'POST'],
      ['/api/command', 'PUT', 'POST'],
      ['/', 'POST', 'GET, HEAD'],
      ['/api/catalogue', 'DELETE', 'GET, HEAD'],
    ]) {
      const res = await fetch(s.url + path, { method });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), allow);
      await res.arrayBuffer();
    }
  } finally {
    await s.close();
  }
});

test('the XSS string comes back as JSON data, never as HTML', async () => {
  const s = await startServer();
  try {
    const xss = '<img src=x onerror=alert(1)>';
    const { res, json } = await post(s.url, { text: xss });
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(json.ok, false);
    // The page: strict CSP, no inline script to inject into.
    const page = await fetch(s.url + '/');
    const csp = page.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'"])
      assert.ok(csp.includes(directive), directive);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const html = await page.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline <script>');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
    // The script builds nodes from text; it never assigns markup.
    const script = readFileSync(new URL('../../../src/bot/local/public/app.js', import.meta.url), 'utf8');
    assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  } finally {
    await s.close();
  }
});

test('static files, catalogue and security headers', async () => {
  const s = await startServer();
  try {
    for (const [path, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/app.js', 'text/javascript; charset=utf-8'],
      ['/style.css', 'text/css; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml'],
    ]) {
      const res = await fetch(s.url + path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), type, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.ok((await res.text()).length > 0);
    }
    const head = await fetch(s.url + '/', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    for (const path of ['/nope', '/../package.json', '/server.ts', '/public/app.js']) {
      const res = await fetch(s.url + path);
      assert.equal(res.status, 404, path);
      await res.arrayBuffer();
    }
    const cat = (await (await fetch(s.url + '/api/catalogue')).json()) as {
      verbs: { verb: string; examples: string[] }[];
    };
    assert.deepEqual(
      cat.verbs.map((v) => v.verb),
      CATALOGUE.map((v) => v.verb),
    );
    for (const v of cat.verbs) assert.ok(v.examples.length > 0, v.verb);
  } finally {
    await s.close();
  }
});

/** POST /api/command with exactly these headers (no script header unless given), as JSON or as a form. */
async function raw(url: string, headers: Record<string, string>, form = false) {
  let body: string | FormData = JSON.stringify({ text: 'settings figures off' });
  if (form) {
    body = new FormData();
    body.set('text', 'settings figures off');
    body.append('file', new Blob(['1,2\n3,4\n'], { type: 'text/csv' }), 'a.csv');
  } else headers = { 'Content-Type': 'application/json', ...headers };
  const res = await fetch(url + '/api/command', { method: 'POST', headers, body });
  return { status: res.status, json: (await res.json()) as CommandResponse };
}

test('cross-site commands are refused (403), JSON and forms alike; the page and scripts are not', async () => {
  const ctx = makeContext();
  const seen: Request[] = [];
  const inner = ctx.dispatcher;
  ctx.dispatcher = Object.assign(Object.create(inner) as Dispatcher, {
    handle: (req: Request) => (seen.push(req), inner.handle(req)),
  });
  const s = await startServer(ctx);
  try {
    const page = await (await fetch(s.url + '/')).text();
    const token = /<meta name="hadamard-token" content="([A-Za-z0-9_-]{20,})" \/>/.exec(page)?.[1];
    assert.ok(token, 'the page carries its token');
    const session = (await (await fetch(s.url + '/api/session')).json()) as { token: string };
    assert.equal(session.token, token, '/api/session gives the same token');
    const refusals: [string, Record<string, string>, string][] = [
      // The reproduction: a page with an opaque origin (sandboxed frame, data: URL) posting a form.
      ['Origin: null', { Origin: 'null', ...SCRIPT_HEADERS }, 'cross_origin'],
      ['Origin: null with the token', { Origin: 'null', 'X-Hadamard-Token': token }, 'cross_origin'],
      ['another origin', { Origin: 'http://evil.example', 'X-Hadamard-Token': token }, 'cross_origin'],
      ['another port', { Origin: s.url.replace(/:\d+$/, ':1'), ...SCRIPT_HEADERS }, 'cross_origin'],
      ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site', ...SCRIPT_HEADERS }, 'cross_site'],
      ['Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site', 'X-Hadamard-Token': token }, 'cross_site'],
      // What a cross-site form can send: no custom header at all.
      ['no token, no script header', {}, 'missing_token'],
      ['same origin, no token', { Origin: s.url, 'Sec-Fetch-Site': 'same-origin' }, 'missing_token'],
      ['a script header that is no name', { 'X-Hadamard-Client': 'a b' }, 'missing_token'],
      ['a wrong token', { Origin: s.url, 'X-Hadamard-Token': 'x'.repeat(32) }, 'stale_token'],
    ];
    for (const form of [false, true])
      for (const [what, headers, code] of refusals) {
        const { status, json } = await raw(s.url, headers, form);
        assert.equal(status, 403, `${what} (${form ? 'form' : 'JSON'})`);
        assertUserError(json, code);
      }
    assert.equal(seen.length, 0, 'no refused request reached the dispatcher');
    // The page (same origin, its token) and a script (its header, no Origin) are served, JSON and forms.
    for (const form of [false, true]) {
      const fromPage = await raw(
        s.url,
        { Origin: s.url, 'Sec-Fetch-Site': 'same-origin', 'X-Hadamard-Token': token },
        form,
      );
      assert.equal(fromPage.status, 200, `the page (${form ? 'form' : 'JSON'})`);
      const fromScript = await raw(s.url, { 'Sec-Fetch-Site': 'none', ...SCRIPT_HEADERS }, form);
      assert.equal(fromScript.status, 200, `a script (${form ? 'form' : 'JSON'})`);
    }
    assert.equal(seen.length, 4);
    // Another method than GET/HEAD from elsewhere is refused before its route is even looked at.
    const put = await fetch(s.url + '/api/catalogue', { method: 'PUT', headers: { Origin: 'null' } });
    assert.equal(put.status, 403);
    await put.arrayBuffer();
  } finally {
    await s.close();
  }
});

test('no CORS: a preflight is refused and no response grants another origin anything', async () => {
  const s = await startServer();
  try {
    const preflight = await fetch(s.url + '/api/command', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-hadamard-client, content-type',
      },
    });
    assert.equal(preflight.status, 405);
    await preflight.arrayBuffer();
    for (const res of [preflight, await fetch(s.url + '/api/session', { headers: { Origin: 'http://evil.example' } })])
      for (const name of res.headers.keys()) assert.doesNotMatch(name, /^access-control-/, name);
    // The token is not handed to a cross-site reader either.
    const stolen = await fetch(s.url + '/api/session', { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    assert.equal(stolen.status, 403);
    assert.doesNotMatch(await stolen.text(), /token"/);
    // The page that carries the token is never cached.
    const page = await fetch(s.url + '/');
    assert.equal(page.headers.get('cache-control'), 'no-store');
    await page.arrayBuffer();
  } finally {
    await s.close();
  }
});

test('bound to loopback, only loopback Host names are served (no DNS rebinding)', async () => {
  const s = await startServer();
  const port = new URL(s.url).port;
  const get = (host: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(s.url + '/', { headers: { Host: host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
  try {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`])
      assert.equal(await get(host), 200, host);
    for (const host of [`evil.example:${port}`, `127.0.0.1.evil.example:${port}`, 'attacker'])
      assert.equal(await get(host), 403, host);
  } finally {
    await s.close();
  }
});

test('the rate limit answers 429 with Retry-After', async () => {
  const s = await startServer(makeContext({ count: 2, windowSeconds: 60 }));
  try {
    assert.equal((await post(s.url, { text: SEED })).res.status, 200);
    assert.equal((await post(s.url, { text: SEED })).res.status, 200);
    const { res, json } = await post(s.url, { text: SEED });
    assert.equal(res.status, 429);
    const retry = Number(res.headers.get('retry-after'));
    assert.ok(Number.isInteger(retry) && retry >= 1 && retry <= 60, `Retry-After ${retry}`);
    assertUserError(json, 'rate_limited');
  } finally {
    await s.close();
  }
});

test('while shutting down, commands get 503', async () => {
  const ctx = makeContext();
  const s = await startServer(ctx);
  try {
    await ctx.dispatcher.drain();
    const { res, json } = await post(s.url, { text: SEED });
    assert.equal(res.status, 503);
    assertUserError(json, 'closing');
  } finally {
    await s.close();
  }
});

test('startLocal listens on config.host:port and stops cleanly', async () => {
  const ctx = makeContext();
  const running = await startLocal(ctx);
  try {
    assert.equal(running.name, 'local page');
    assert.match(running.where, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(running.where + '/');
    assert.equal(res.status, 200);
    await res.arrayBuffer();
  } finally {
    await running.stop();
  }
  await assert.rejects(fetch(running.where + '/'));
});

test('a port in use is a clear error', async () => {
  const s = await startServer();
  try {
    const port = Number(new URL(s.url).port);
    const ctx = makeContext();
    await assert.rejects(startLocal({ ...ctx, config: { ...ctx.config, port } }), /already in use; set PORT/);
  } finally {
    await s.close();
  }
});

test('FigureStore keeps the most recently used figures within its bounds', () => {
  const store = new FigureStore(2, 1_000_000);
  const fig = (name: string) => ({ name, png: TINY_PNG, alt: name });
  const a = store.put(fig('a'));
  const b = store.put(fig('b'));
  assert.equal(store.get(a)?.name, 'a'); // a is now the most recent
  const c = store.put(fig('c'));
  assert.equal(store.size, 2);
  assert.equal(store.get(b), undefined, 'the least recently used one went');
  assert.equal(store.get(a)?.name, 'a');
  assert.equal(store.get(c)?.name, 'c');
  const bytes = new FigureStore(100, TINY_PNG.length * 2);
  const ids = ['x', 'y', 'z'].map((n) => bytes.put(fig(n)));
  assert.equal(bytes.size, 2, 'the byte budget holds too');
  assert.equal(bytes.get(ids[0]), undefined);
  assert.notEqual(a, b);
  assert.match(a, /^[A-Za-z0-9_-]{22}$/);
});
