/**
 * What counts as a speech attribution in PolNeAR, for scoring: the eval's own fixed definition,
 * independent of the extractor's cue tables (so that narrowing those tables lowers recall
 * instead of shrinking the gold with them).
 *
 * From `shared/ANNOTATION.md`: verbs of saying and writing in any tense, `according to`, and the
 * colon after a named source; verbs of belief or assessment count only over quoted words.
 */

/** Verbs of saying and writing, every form written out (lower-case). */
export const EVAL_SPEECH_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'claim', 'claims', 'claimed', 'claiming',
  'state', 'stated', 'stating',
  'announce', 'announces', 'announced', 'announcing',
  'insist', 'insists', 'insisted', 'insisting',
  'warn', 'warns', 'warned', 'warning',
  'note', 'notes', 'noted', 'noting',
  'write', 'writes', 'wrote', 'written', 'writing',
  'ask', 'asks', 'asked', 'asking',
  'deny', 'denies', 'denied', 'denying',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'argue', 'argues', 'argued', 'arguing',
  'explain', 'explains', 'explained', 'explaining',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'reply', 'replies', 'replied', 'replying',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'report', 'reports', 'reported', 'reporting',
  'declare', 'declares', 'declared', 'declaring',
  'respond', 'responds', 'responded', 'responding',
  'recall', 'recalls', 'recalled', 'recalling',
  'urge', 'urges', 'urged', 'urging',
  'comment', 'comments', 'commented', 'commenting',
  'remark', 'remarks', 'remarked', 'remarking',
  'admit', 'admits', 'admitted', 'admitting',
  'answer', 'answers', 'answered', 'answering',
  'contend', 'contends', 'contended', 'contending',
  'maintain', 'maintains', 'maintained', 'maintaining',
  'predict', 'predicts', 'predicted', 'predicting',
  'promise', 'promises', 'promised', 'promising',
  'vow', 'vows', 'vowed', 'vowing',
  'testify', 'testifies', 'testified', 'testifying',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'reiterate', 'reiterates', 'reiterated', 'reiterating',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing',
  'stress', 'stresses', 'stressed', 'stressing',
  'observe', 'observes', 'observed', 'observing',
  'assert', 'asserts', 'asserted', 'asserting',
  'allege', 'alleges', 'alleged', 'alleging',
  'complain', 'complains', 'complained', 'complaining',
  'concede', 'concedes', 'conceded', 'conceding',
  'joke', 'jokes', 'joked', 'joking',
  'quip', 'quips', 'quipped', 'quipping',
  'mention', 'mentions', 'mentioned', 'mentioning',
  'post', 'posts', 'posted', 'posting',
  'shout', 'shouts', 'shouted', 'shouting',
  'boast', 'boasts', 'boasted', 'boasting',
  'caution', 'cautions', 'cautioned', 'cautioning',
  'counter', 'counters', 'countered', 'countering',
  'retort', 'retorts', 'retorted', 'retorting',
  'proclaim', 'proclaims', 'proclaimed', 'proclaiming',
  // after a quotation: `“...,” he continued.`
  'continue', 'continues', 'continued',
];

/** Verbs of belief or assessment: speech attributions only over content in quote marks. */
export const EVAL_BELIEF_VERBS: readonly string[] = [
  'believe', 'believes', 'believed', 'believing',
  'think', 'thinks', 'thought', 'thinking',
  'assess', 'assesses', 'assessed', 'assessing',
  'expect', 'expects', 'expected', 'expecting',
  'conclude', 'concludes', 'concluded', 'concluding',
  'find', 'finds', 'found', 'finding',
  'feel', 'feels', 'felt', 'feeling',
];

/** Multi-word cues that are speech by themselves. */
export const EVAL_SPEECH_PHRASES: readonly string[] = ['according to'];
