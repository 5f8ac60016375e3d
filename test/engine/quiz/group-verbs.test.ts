/**
 * The study-group verbs' words (quiz, answer, reveal, scores, settings, forget-me, me, practice, class): what each
 * accepts and the args it
 * makes, what it refuses and with which error, and that run() answers each with needs_channel (the group service
 * answers them for real).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUE, parseCommand, runText, type Command, type ErrorCode } from '../../../src/engine/index.js';
import { quizArgs, quizRequestFromArgs, readQuizWords } from '../../../src/engine/verbs/quiz.js';
import { SETTINGS, SETTING_KEYS } from '../../../src/engine/verbs/settings.js';
import { QUIZ_ID_PATTERN } from '../../../src/engine/verbs/group-words.js';
import { QUIZ_TOPICS, generateQuiz } from '../../../src/engine/quiz/index.js';

function args(text: string): Command {
  const r = parseCommand(text);
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return r.value;
}

function refused(text: string, code: ErrorCode, message: RegExp, hint?: RegExp): void {
  const r = parseCommand(text);
  assert.ok(!r.ok, `${text} should be refused`);
  assert.equal(r.code, code, `${text}: ${r.message}`);
  assert.match(r.message, message, text);
  if (hint) assert.match(r.hint, hint, `${text}: hint ${r.hint}`);
  assert.match(r.hint, /\/hadamard /, `${text}: the hint shows a command`);
}

test('quiz: topics (and their aliases), levels and seeds in any order → topic=, level=, seed= args', () => {
  const cases: [string, string[]][] = [
    ['quiz', []],
    ['/hadamard quiz', []],
    ['quiz schur', ['topic=schur']],
    ['quiz hard', ['level=hard']],
    ['quiz schur hard', ['topic=schur', 'level=hard']],
    ['quiz HARD Schur', ['topic=schur', 'level=hard']],
    ['quiz kron hard seed:42', ['topic=kronecker', 'level=hard', 'seed=42']],
    ['quiz seed=42 trace easy', ['topic=trace', 'level=easy', 'seed=42']],
    ['quiz seed: 7', ['seed=7']],
    ['quiz seed 7', ['seed=7']],
    ['quiz 42', ['seed=42']],
    ['quiz #9 psd', ['topic=psd', 'seed=9']],
    ['quiz topic:entry level:medium', ['topic=entry', 'level=medium']],
    ['quiz properties', ['topic=property']],
    ['quiz frobenius', ['topic=trace']],
    ['quiz det', ['topic=oppenheim']],
    ['quiz random', []],
    ['quiz seed:4294967295', ['seed=4294967295']],
    ['quiz schur, hard', ['topic=schur', 'level=hard']],
  ];
  for (const [text, expected] of cases) {
    const c = args(text);
    assert.equal(c.verb, 'quiz');
    assert.deepEqual(c.args, expected, text);
  }
  // Every topic's own name is a word for it.
  for (const t of QUIZ_TOPICS) assert.deepEqual(args(`quiz ${t}`).args, [`topic=${t}`]);
});

test('quiz: unknown words list the topics; bad or repeated seeds, topics and levels are refused', () => {
  refused(
    'quiz matrices',
    'unknown_word',
    /"matrices" is not a quiz topic or level; topics are entry, property/,
    /levels: easy, medium, hard/,
  );
  refused('quiz seed:abc', 'bad_argument', /the seed "abc" is not a whole number from 0 to 4294967295/);
  refused('quiz seed:4294967296', 'bad_argument', /not a whole number from 0 to 4294967295/);
  refused('quiz -3', 'unknown_word', /"-3"/);
  refused('quiz psd schur', 'bad_argument', /two topics \(psd and schur\)/);
  refused('quiz easy hard', 'bad_argument', /two levels \(easy and hard\)/);
  refused('quiz 1 2', 'bad_argument', /two seeds/);
  refused('quiz level:schur', 'unknown_word', /"level:schur"/);
});

test('quiz: args and request round-trip, and a request replays the generator', () => {
  for (const text of ['quiz', 'quiz schur', 'quiz hard seed:3', 'quiz kronecker medium 99']) {
    const a = args(text).args!;
    const r = quizRequestFromArgs(a);
    assert.deepEqual(quizArgs(r), a);
    assert.deepEqual(readQuizWords(text.slice(5)), r);
  }
  const r = quizRequestFromArgs(args('quiz oppenheim hard seed:7').args!);
  assert.deepEqual(r, { topic: 'oppenheim', level: 'hard', seed: 7 });
  assert.deepEqual(generateQuiz({ seed: r.seed!, topic: r.topic, level: r.level }).worked.split(' ')[0], 'oppenheim');
});

test('answer: a quiz id and a choice, in either order, any case, with the punctuation people type', () => {
  const cases: [string, string[]][] = [
    ['answer q7k2m9 b', ['q7k2m9', 'b']],
    ['answer Q7K2M9 B', ['q7k2m9', 'b']],
    ['answer b q7k2m9', ['q7k2m9', 'b']],
    ['answer #q7k2m9 (c)', ['q7k2m9', 'c']],
    ['answer q7k2m9 d)', ['q7k2m9', 'd']],
    ['answer q7k2m9 2', ['q7k2m9', 'b']],
    ['answer q7k2m9, e', ['q7k2m9', 'e']],
    ['answer qabcd a', ['qabcd', 'a']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(args(text).args, expected, text);
  for (const id of ['q7k2m9', 'qabcd', 'q0123456789a']) assert.match(id, QUIZ_ID_PATTERN);
});

test('answer: missing, malformed or extra words are refused with an example', () => {
  refused('answer', 'missing_argument', /needs the quiz id and your choice/, /answer q7k2m9 b/);
  refused('answer q7k2m9', 'missing_argument', /needs your choice after the quiz id q7k2m9/);
  refused('answer b', 'bad_argument', /"b" is not a quiz id/);
  refused(
    'answer 7k2m9 b',
    'bad_argument',
    /"7k2m9" is not a quiz id: ids are the letter q and a few letters or digits, like q7k2m9/,
  );
  refused('answer q1 b', 'bad_argument', /"q1" is not a quiz id/);
  refused('answer q7k2m9 f', 'bad_argument', /"f" is not a choice: choices are the letters a to e/);
  refused('answer q7k2m9 6', 'bad_argument', /"6" is not a choice/);
  refused('answer q7k2m9 ab', 'bad_argument', /"ab" is not a choice/);
  refused('answer q7k2m9 b c', 'bad_argument', /two words, the quiz id and one choice; I found 3/);
});

test('reveal: one quiz id', () => {
  assert.deepEqual(args('reveal q7k2m9').args, ['q7k2m9']);
  assert.deepEqual(args('reveal #Q7K2M9').args, ['q7k2m9']);
  refused('reveal', 'missing_argument', /needs the id of the quiz/);
  refused('reveal q7k2m9 q7k2m8', 'bad_argument', /one quiz id; I found 2 words/);
  refused('reveal now', 'bad_argument', /"now" is not a quiz id/);
});

test('scores: week by default, or all; aliases of the verb and the period', () => {
  assert.deepEqual(args('scores').args, ['week']);
  assert.deepEqual(args('scores week').args, ['week']);
  assert.deepEqual(args('scores ALL').args, ['all']);
  assert.deepEqual(args('scores all-time').args, ['all']);
  assert.equal(args('leaderboard').verb, 'scores');
  refused('scores forever', 'unknown_word', /"forever" is not a period/, /scores all/);
  refused('scores week all', 'unknown_word', /is not a period/);
});

test('settings: show all, show one, set one in canonical words, reset with default', () => {
  const cases: [string, string[]][] = [
    ['settings', []],
    ['settings theme', ['theme']],
    ['settings quiz-seconds', ['quiz_seconds']],
    ['settings private on', ['private', 'on']],
    ['settings private YES', ['private', 'on']],
    ['settings figures off', ['figures', 'off']],
    ['settings figures=false', ['figures', 'off']],
    ['settings numbers decimal', ['numbers', 'decimals']],
    ['settings numbers: fractions', ['numbers', 'fractions']],
    ['settings quiz_seconds 90', ['quiz_seconds', '90']],
    ['settings quiz_seconds 90s', ['quiz_seconds', '90']],
    ['settings seconds 2m', ['quiz_seconds', '120']],
    ['settings quiz_seconds 1m 30s', ['quiz_seconds', '90']],
    ['settings quiz_seconds 10', ['quiz_seconds', '10']],
    ['settings quiz_seconds 3600', ['quiz_seconds', '3600']],
    ['settings theme dark', ['theme', 'dark']],
    ['settings speed_bonus on', ['speed_bonus', 'on']],
    ['settings speed off', ['speed_bonus', 'off']],
    ['settings theme default', ['theme', 'default']],
    ['settings quiz_seconds reset', ['quiz_seconds', 'default']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(args(text).args, expected, text);
});

test('settings: unknown keys and bad values are refused, naming the values the key takes', () => {
  refused(
    'settings colour red',
    'unknown_setting',
    /"colour" is not a setting; the settings are private, figures, numbers, quiz_seconds, theme, speed_bonus/,
  );
  refused(
    'settings private maybe',
    'bad_argument',
    /"maybe" is not a value of private: it takes on or off \(or default\)/,
    /settings private on/,
  );
  refused('settings numbers hex', 'bad_argument', /takes fractions or decimals/);
  refused('settings theme blue', 'bad_argument', /takes light or dark/);
  refused('settings quiz_seconds 5', 'bad_argument', /from 10 to 3600 seconds; "5" is 5 s/);
  refused('settings quiz_seconds 2h', 'bad_argument', /not a value of quiz_seconds: it takes 10 to 3600 seconds/);
  refused('settings quiz_seconds 61m', 'bad_argument', /is 3660 s/);
  refused('settings theme dark light', 'bad_argument', /one key and one value/);
});

test('the settings table covers every key, with defaults it accepts itself', () => {
  assert.deepEqual(Object.keys(SETTINGS).sort(), [...SETTING_KEYS].sort());
  for (const key of SETTING_KEYS)
    assert.deepEqual(args(`settings ${key} ${SETTINGS[key].default}`).args, [key, SETTINGS[key].default]);
  const spec = CATALOGUE.find((s) => s.verb === 'settings')!;
  assert.deepEqual(spec.options[0].choices, SETTING_KEYS);
});

test('forget-me: no words', () => {
  assert.deepEqual(args('forget-me').args, []);
  assert.deepEqual(args('/hadamard forget-me').args, []);
  assert.equal(args('forgetme').verb, 'forget-me');
  refused('forget-me please', 'bad_argument', /takes no words; I found "please"/);
});

test('me: no words; practice: the quiz words; class: week by default, or export', () => {
  assert.deepEqual(args('me').args, []);
  assert.equal(args('progress').verb, 'me');
  refused('me everything', 'bad_argument', /me takes no words/, /\/hadamard me/);
  assert.deepEqual(args('practice').args, []);
  assert.deepEqual(args('practice kron hard').args, ['topic=kronecker', 'level=hard']);
  assert.deepEqual(args('practise trace').args, ['topic=trace']);
  assert.equal(args('practise trace').verb, 'practice');
  refused('practice matrices', 'unknown_word', /not a quiz topic or level/);
  assert.deepEqual(args('class').args, ['week']);
  assert.deepEqual(args('class export').args, ['export']);
  assert.deepEqual(args('class CSV').args, ['export']);
  refused('class everything now', 'unknown_word', /not a class view/, /class export/);
});

test('group verbs: in the catalogue with word options fit for Discord, and run() answers them with needs_channel', async () => {
  const group = CATALOGUE.filter((s) => s.group);
  assert.deepEqual(
    group.map((s) => s.verb),
    ['quiz', 'answer', 'reveal', 'scores', 'settings', 'forget-me', 'schedule', 'me', 'practice', 'class'],
  );
  assert.ok(CATALOGUE.length <= 25, 'Discord allows 25 subcommands');
  for (const s of group) {
    assert.ok(s.description.length <= 100, s.verb);
    for (const o of s.options) {
      assert.equal(o.kind, 'word', `${s.verb} ${o.name}`);
      assert.match(o.name, /^[a-z0-9_-]{1,32}$/);
      assert.ok(o.description.length <= 100, `${s.verb} ${o.name}`);
    }
    for (const e of s.examples) {
      const r = await runText(e);
      assert.ok(!r.ok && r.code === 'needs_channel', `${e}: ${JSON.stringify(r)}`);
      assert.match(r.message, new RegExp(`^${s.verb} is a study-group command`));
    }
  }
});
