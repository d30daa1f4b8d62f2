// A tiny stand-in coder for store tests (plain JS so worker threads can load it too).
// Each sentence "AAA verb BBB." with three-letter codes gives one event; "FAIL" in a story fails it.
const VERBS = {
  praises: ['051', 1, 3.4, 'COOPERATE'],
  meets: ['040', 1, 1, 'CONSULT'],
  hosts: ['043', 1, 2.8, 'CONSULT'],
  aids: ['070', 2, 7, 'AID'],
  accuses: ['112', 3, -2, 'ACCUSE'],
  threatens: ['130', 3, -4.4, 'THREATEN'],
  attacks: ['190', 4, -10, 'ASSAULT'],
  bombs: ['195', 4, -10, 'ASSAULT'],
};

function actor(code, text) {
  return { text, code, country: code.slice(0, 3), sector: code.length > 3 ? code.slice(3, 6) : null, name: null };
}

export function createCoder(options = {}) {
  const version = options.version ?? process.env.FAKE_CODER_VERSION ?? 'fake-1';
  return {
    version,
    codeStory(story) {
      if (story.text.includes('FAIL')) {
        return { status: 'failed', story_id: story.id, error: { code: 'DYADIC_INTERNAL', message: 'asked to fail' } };
      }
      if (story.text.includes('THROW')) throw new Error('coder exploded');
      const sentences = story.text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
      const events = [];
      let offset = 0;
      sentences.forEach((sentence, si) => {
        const start = story.text.indexOf(sentence, offset);
        offset = start + sentence.length;
        const re =
          /\b([A-Z]{3}(?:[A-Z]{3})?) (\w+) ([A-Z]{3}(?:[A-Z]{3})?)\b(?: in (\w+))?(?: on (\d{4}-\d{2}(?:-\d{2})?))?/g;
        let n = 0;
        for (const m of sentence.matchAll(re)) {
          const v = VERBS[m[2]];
          if (!v) continue;
          const [cameo, quad, goldstein, plover] = v;
          const negated = /\bnot\b/.test(sentence);
          events.push({
            id: `${story.id}:${si}:${n}`,
            story_id: story.id,
            sentence_index: si,
            sentence,
            date: m[5] ?? story.date,
            source: actor(m[1], m[1]),
            target: actor(m[3], m[3]),
            cameo,
            root: cameo.slice(0, 2),
            quad_class: quad,
            goldstein: version === 'fake-2' ? goldstein + 0.5 : goldstein,
            plover: { event: plover, mode: null, context: null },
            mode: negated ? 'negated' : 'asserted',
            claimed_by: null,
            reported_by: null,
            location: m[4] ? { name: m[4], country: m[4].slice(0, 3).toUpperCase(), lat: 1.5, lon: 2.5 } : null,
            counts: { killed: cameo === '195' ? 3 : null, injured: null, arrested: null },
            evidence: { start: start + (m.index ?? 0), end: start + (m.index ?? 0) + m[0].length, text: m[0] },
            rule: { id: `fake.${m[2]}`, pattern: `{source} ${m[2]} {target}`, matched: [] },
          });
          n++;
        }
      });
      return { status: 'coded', story_id: story.id, sentences: sentences.length, events };
    },
  };
}
